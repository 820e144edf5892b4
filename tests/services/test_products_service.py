"""The catalogue and lots through the service: archive not delete, stock with reasons."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, timedelta

import pytest
from sqlalchemy import select

from scardesk.db.engine import Database, open_database
from scardesk.db.models import AuditEvent, Product
from scardesk.domain.enums import Modality, UnitKind
from scardesk.domain.errors import PermissionDeniedError, ValidationError
from scardesk.domain.products import ProductInput
from scardesk.domain.records import Changes
from scardesk.services.products import ProductService
from tests.helpers import ADMIN, FRONT_DESK, PRACTITIONER, count
from tests.services.session_fixtures import add_users

TODAY = date(2026, 3, 10)
BOTOX = ProductInput("Botox", "onabotulinumtoxinA", Modality.TOXIN, UnitKind.TOXIN_UNITS, 100, 24)


@pytest.fixture
def database(migrated_url: str) -> Iterator[Database]:
    opened = open_database(migrated_url)
    add_users(opened)
    yield opened
    opened.dispose()


def test_a_product_is_archived_not_deleted_and_leaves_the_list(database: Database) -> None:
    service = ProductService(database)
    product, _ = service.add_product(ADMIN, BOTOX)
    service.set_product_active(ADMIN, product.id, product.version, False)
    assert service.list_products(ADMIN) == []
    assert [p.id for p in service.list_products(ADMIN, include_archived=True)] == [product.id]
    assert count(database, Product) == 1


def test_the_same_product_twice_is_refused(database: Database) -> None:
    service = ProductService(database)
    service.add_product(ADMIN, BOTOX)
    with pytest.raises(ValidationError, match="already in the catalogue"):
        service.add_product(PRACTITIONER, BOTOX)


def test_the_front_desk_cannot_manage_products(database: Database) -> None:
    with pytest.raises(PermissionDeniedError):
        ProductService(database).add_product(FRONT_DESK, BOTOX)


def test_an_expired_delivery_is_refused(database: Database) -> None:
    service = ProductService(database)
    product, _ = service.add_product(ADMIN, BOTOX)
    with pytest.raises(ValidationError) as raised:
        service.receive_lot(ADMIN, product.id, "c1", TODAY - timedelta(days=1), 3, today=TODAY)
    assert "expiry_date" in raised.value.field_errors


def test_a_stock_correction_needs_a_reason_that_is_audited(database: Database) -> None:
    service = ProductService(database)
    product, _ = service.add_product(ADMIN, BOTOX)
    lot, _ = service.receive_lot(
        ADMIN, product.id, " c1234 ", TODAY + timedelta(days=90), 4, today=TODAY
    )
    assert lot.lot_number == "C1234"
    with pytest.raises(ValidationError):
        service.adjust_stock(ADMIN, lot.id, lot.version, -1, " ")
    adjusted, _ = service.adjust_stock(ADMIN, lot.id, lot.version, -1, "vial dropped")
    assert adjusted.quantity_in_stock == 3
    with database.sessions() as session:
        notes = session.scalars(
            select(AuditEvent.after).where(AuditEvent.action == "lot.adjust")
        ).all()
    assert {"delta": -1, "reason": "vial dropped"} in notes


def test_usable_lots_leave_out_expired_and_empty_ones(database: Database) -> None:
    service = ProductService(database)
    product, _ = service.add_product(ADMIN, BOTOX)
    soon, _ = service.receive_lot(
        ADMIN, product.id, "A", TODAY + timedelta(days=10), 1, today=TODAY
    )
    later, _ = service.receive_lot(
        ADMIN, product.id, "B", TODAY + timedelta(days=100), 1, today=TODAY
    )
    empty, _ = service.receive_lot(
        ADMIN, product.id, "C", TODAY + timedelta(days=50), 1, today=TODAY
    )
    service.adjust_stock(ADMIN, empty.id, empty.version, -1, "counted")
    assert [x.id for x in service.usable_lots(PRACTITIONER, product.id, on=TODAY)] == [
        soon.id,
        later.id,
    ]
    assert [
        x.id for x in service.usable_lots(PRACTITIONER, product.id, on=TODAY + timedelta(days=11))
    ] == [later.id]


def test_the_warning_list_shows_lots_expiring_within_30_days(database: Database) -> None:
    service = ProductService(database)
    product, _ = service.add_product(ADMIN, BOTOX)
    soon, _ = service.receive_lot(
        ADMIN, product.id, "A", TODAY + timedelta(days=30), 1, today=TODAY
    )
    service.receive_lot(ADMIN, product.id, "B", TODAY + timedelta(days=31), 1, today=TODAY)
    assert [(p.brand, lot.id) for p, lot in service.expiring_lots(ADMIN, on=TODAY)] == [
        ("Botox", soon.id)
    ]


def test_catalogue_commands_report_the_product_they_changed(database: Database) -> None:
    service = ProductService(database)
    product, added = service.add_product(ADMIN, BOTOX)
    renamed = ProductInput(
        "Botox", "onabotulinumtoxinA", Modality.TOXIN, UnitKind.TOXIN_UNITS, 50, 24
    )
    product, updated = service.update_product(ADMIN, product.id, product.version, renamed)
    _, archived = service.set_product_active(ADMIN, product.id, product.version, False)
    assert added == updated == archived == Changes(products=frozenset({product.id}))


def test_stock_commands_report_the_lot_they_changed(database: Database) -> None:
    service = ProductService(database)
    product, _ = service.add_product(ADMIN, BOTOX)
    lot, received = service.receive_lot(
        ADMIN, product.id, "c1", TODAY + timedelta(days=90), 4, today=TODAY
    )
    lot, adjusted = service.adjust_stock(ADMIN, lot.id, lot.version, -1, "vial dropped")
    _, archived = service.archive_lot(ADMIN, lot.id, lot.version, "recalled")
    assert received == adjusted == archived == Changes(lots=frozenset({lot.id}))
