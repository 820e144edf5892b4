"""The product catalogue and its lots: receive, correct stock, find usable and expiring lots.

Products are archived (``active`` False), never deleted, because old sessions still name
them. Stock corrections carry a reason, which goes into the audit trail next to the change.
"""

from __future__ import annotations

from datetime import date, timedelta

from sqlalchemy import select

from scardesk.db.engine import Database
from scardesk.db.models import Lot, Product
from scardesk.db.unit_of_work import Actor, UnitOfWork
from scardesk.domain.enums import Modality, UnitKind
from scardesk.domain.errors import NotFoundError, ValidationError
from scardesk.domain.messages import Message
from scardesk.domain.permissions import Permission
from scardesk.domain.products import (
    EXPIRY_WARNING_DAYS,
    LotRecord,
    ProductInput,
    ProductRecord,
    expiring_within,
    validate_expiry,
    validate_lot_number,
    validate_product,
    validate_quantity,
    validate_stock_delta,
)
from scardesk.domain.records import Changes
from scardesk.domain.time import muscat_today, utc_now
from scardesk.domain.validation import validate_reason
from scardesk.services.access import check


def product_record(row: Product) -> ProductRecord:
    return ProductRecord(
        id=row.id,
        version=row.version,
        brand=row.brand,
        nonproprietary_name=row.nonproprietary_name,
        modality=Modality(row.modality),
        unit_kind=UnitKind(row.unit_kind),
        vial_units=row.vial_units,
        reconstitution_window_hours=row.reconstitution_window_hours,
        price_baisa=row.price_baisa,
        active=row.active,
    )


def lot_record(row: Lot) -> LotRecord:
    return LotRecord(
        id=row.id,
        version=row.version,
        product_id=row.product_id,
        lot_number=row.lot_number,
        expiry_date=row.expiry_date,
        quantity_received=row.quantity_received,
        quantity_in_stock=row.quantity_in_stock,
        received_at=row.received_at,
        archived_at=row.archived_at,
    )


def _apply(row: Product, data: ProductInput) -> None:
    row.brand = data.brand
    row.nonproprietary_name = data.nonproprietary_name
    row.modality = data.modality.value
    row.unit_kind = data.unit_kind.value
    row.vial_units = data.vial_units
    row.reconstitution_window_hours = data.reconstitution_window_hours
    row.price_baisa = data.price_baisa


class ProductService:
    def __init__(self, database: Database) -> None:
        self._db = database

    # --- catalogue ---------------------------------------------------------------------

    def add_product(self, actor: Actor, form: ProductInput) -> tuple[ProductRecord, Changes]:
        check(self._db, actor, Permission.MANAGE_PRODUCTS)
        data = validate_product(form)
        with UnitOfWork(self._db, actor, "product.add") as uow:
            self._refuse_duplicate(uow, data, None)
            row = Product(active=True)
            _apply(row, data)
            uow.session.add(row)
            uow.session.flush()
            record = product_record(row)
        return record, Changes(products=frozenset({record.id}))

    def update_product(
        self, actor: Actor, product_id: int, expected_version: int, form: ProductInput
    ) -> tuple[ProductRecord, Changes]:
        check(self._db, actor, Permission.MANAGE_PRODUCTS)
        data = validate_product(form)
        with UnitOfWork(self._db, actor, "product.edit") as uow:
            row = uow.get_for_update(Product, product_id, expected_version)
            if row.unit_kind != data.unit_kind.value and self._has_lots(uow, product_id):
                # Units recorded against this product's lots would change meaning.
                raise ValidationError({"unit_kind": Message("product.unit_kind_locked_by_lots")})
            self._refuse_duplicate(uow, data, product_id)
            _apply(row, data)
            uow.session.flush()
            record = product_record(row)
        return record, Changes(products=frozenset({record.id}))

    def set_product_active(
        self, actor: Actor, product_id: int, expected_version: int, active: bool
    ) -> tuple[ProductRecord, Changes]:
        """Archive (False) or bring back (True); archived products leave the pick lists."""
        check(self._db, actor, Permission.MANAGE_PRODUCTS)
        with UnitOfWork(
            self._db, actor, "product.archive" if not active else "product.restore"
        ) as uow:
            row = uow.get_for_update(Product, product_id, expected_version)
            row.active = active
            uow.session.flush()
            record = product_record(row)
        return record, Changes(products=frozenset({record.id}))

    def list_products(
        self, actor: Actor, *, modality: Modality | None = None, include_archived: bool = False
    ) -> list[ProductRecord]:
        check(self._db, actor, Permission.MANAGE_PRODUCTS)
        query = select(Product).order_by(Product.brand, Product.nonproprietary_name)
        if modality is not None:
            query = query.where(Product.modality == modality.value)
        if not include_archived:
            query = query.where(Product.active.is_(True))
        with self._db.sessions() as session:
            return [product_record(row) for row in session.scalars(query)]

    def get_product(self, actor: Actor, product_id: int) -> ProductRecord:
        check(self._db, actor, Permission.MANAGE_PRODUCTS)
        with self._db.sessions() as session:
            row = session.get(Product, product_id)
            if row is None:
                raise NotFoundError(Message("not_found.product", {"id": product_id}))
            return product_record(row)

    # --- lots ----------------------------------------------------------------------------

    def receive_lot(
        self,
        actor: Actor,
        product_id: int,
        lot_number: str,
        expiry_date: date,
        quantity: int,
        today: date | None = None,
    ) -> tuple[LotRecord, Changes]:
        """Book a delivery in. The same lot number again for a product is refused."""
        check(self._db, actor, Permission.MANAGE_PRODUCTS)
        errors: dict[str, Message] = {}
        number = packs = None
        for call in (
            lambda: validate_lot_number(lot_number),
            lambda: validate_expiry(expiry_date, today or muscat_today()),
            lambda: validate_quantity(quantity),
        ):
            try:
                value = call()
            except ValidationError as error:
                errors.update(error.field_messages)
                continue
            if isinstance(value, str):
                number = value
            elif isinstance(value, int):
                packs = value
        if errors or number is None or packs is None:
            raise ValidationError(errors)
        with UnitOfWork(self._db, actor, "lot.receive") as uow:
            product = uow.session.get(Product, product_id)
            if product is None or not product.active:
                raise ValidationError({"product_id": Message("product.choose_active")})
            clash = uow.session.scalar(
                select(Lot.id).where(Lot.product_id == product_id, Lot.lot_number == number)
            )
            if clash is not None:
                raise ValidationError(
                    {"lot_number": Message("lot.already_received", {"lot": number})}
                )
            row = Lot(
                product_id=product_id,
                lot_number=number,
                expiry_date=expiry_date,
                quantity_received=packs,
                quantity_in_stock=packs,
                received_at=utc_now(),
            )
            uow.session.add(row)
            uow.session.flush()
            record = lot_record(row)
        return record, Changes(lots=frozenset({record.id}))

    def adjust_stock(
        self, actor: Actor, lot_id: int, expected_version: int, delta: int, reason: str
    ) -> tuple[LotRecord, Changes]:
        """Correct a lot's stock (a broken vial, a count) with the reason in the audit trail."""
        check(self._db, actor, Permission.MANAGE_PRODUCTS)
        clean_reason = validate_reason(reason)
        with UnitOfWork(self._db, actor, "lot.adjust") as uow:
            row = uow.get_for_update(Lot, lot_id, expected_version)
            change = validate_stock_delta(delta, row.quantity_in_stock)
            row.quantity_in_stock += change
            uow.note("lots", lot_id, after={"delta": change, "reason": clean_reason})
            uow.session.flush()
            record = lot_record(row)
        return record, Changes(lots=frozenset({record.id}))

    def archive_lot(
        self, actor: Actor, lot_id: int, expected_version: int, reason: str
    ) -> tuple[LotRecord, Changes]:
        check(self._db, actor, Permission.MANAGE_PRODUCTS)
        clean_reason = validate_reason(reason)
        with UnitOfWork(self._db, actor, "lot.archive") as uow:
            row = uow.get_for_update(Lot, lot_id, expected_version)
            row.archived_at = utc_now()
            uow.note("lots", lot_id, after={"reason": clean_reason})
            uow.session.flush()
            record = lot_record(row)
        return record, Changes(lots=frozenset({record.id}))

    def usable_lots(self, actor: Actor, product_id: int, on: date | None = None) -> list[LotRecord]:
        """Lots a practitioner may choose: in stock, not archived, not expired; soonest first."""
        check(self._db, actor, Permission.MANAGE_PRODUCTS)
        day = on or muscat_today()
        query = (
            select(Lot)
            .where(
                Lot.product_id == product_id,
                Lot.archived_at.is_(None),
                Lot.quantity_in_stock > 0,
                Lot.expiry_date >= day,
            )
            .order_by(Lot.expiry_date, Lot.lot_number)
        )
        with self._db.sessions() as session:
            return [lot_record(row) for row in session.scalars(query)]

    def list_lots(self, actor: Actor, product_id: int) -> list[LotRecord]:
        check(self._db, actor, Permission.MANAGE_PRODUCTS)
        query = select(Lot).where(Lot.product_id == product_id).order_by(Lot.expiry_date)
        with self._db.sessions() as session:
            return [lot_record(row) for row in session.scalars(query)]

    def get_lot(self, actor: Actor, lot_id: int) -> LotRecord:
        check(self._db, actor, Permission.MANAGE_PRODUCTS)
        with self._db.sessions() as session:
            row = session.get(Lot, lot_id)
            if row is None:
                raise NotFoundError(Message("not_found.lot", {"id": lot_id}))
            return lot_record(row)

    def expiring_lots(
        self, actor: Actor, days: int = EXPIRY_WARNING_DAYS, on: date | None = None
    ) -> list[tuple[ProductRecord, LotRecord]]:
        """The warning list: lots in stock expiring within ``days`` (30 by default)."""
        check(self._db, actor, Permission.MANAGE_PRODUCTS)
        day = on or muscat_today()
        expiring_within([], day, days)  # validates ``days`` before touching the database
        query = (
            select(Lot, Product)
            .join(Product, Product.id == Lot.product_id)
            .where(Lot.expiry_date >= day, Lot.expiry_date <= day + timedelta(days=days))
        )
        with self._db.sessions() as session:
            pairs = {
                row.id: (product_record(product), lot_record(row))
                for row, product in session.execute(query)
            }
        chosen = expiring_within([lot for _, lot in pairs.values()], day, days)
        return [pairs[lot.id] for lot in chosen]

    @staticmethod
    def _has_lots(uow: UnitOfWork, product_id: int) -> bool:
        return (
            uow.session.scalar(select(Lot.id).where(Lot.product_id == product_id).limit(1))
            is not None
        )

    @staticmethod
    def _refuse_duplicate(uow: UnitOfWork, data: ProductInput, own_id: int | None) -> None:
        clash = uow.session.scalar(
            select(Product.id).where(
                Product.brand == data.brand,
                Product.nonproprietary_name == data.nonproprietary_name,
            )
        )
        if clash is not None and clash != own_id:
            raise ValidationError(
                {
                    "brand": Message(
                        "product.already_in_catalogue",
                        {"brand": data.brand, "name": data.nonproprietary_name},
                    )
                }
            )
