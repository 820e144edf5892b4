"""Clinical rows of the demo clinic: assessments with their scores, sessions and what was done.

Split from ``rows`` to keep modules small; the same rules apply (see there): every value
comes from the one seeded ``random.Random``, no sets, no per-row date parsing, and the records
respect the safety rules (toxin at most every 90 days from an in-date lot, lasers and peels
only with a skin type, nonablative lasers for types IV–VI, points that add up to the total).
"""

from __future__ import annotations

import random
from datetime import datetime, timedelta
from itertools import accumulate
from typing import Any

from scardesk.demo import courses as extras
from scardesk.demo import pools as pool
from scardesk.demo.courses import HISTORY_DAYS, Catalog, ToxinProduct
from scardesk.domain.assessment import AssessmentInput, Suitability, pih_risk, validate_assessment
from scardesk.domain.enums import Fitzpatrick, Severity
from scardesk.domain.finding_level import Level
from scardesk.domain.modalities import SPECS, RuleContext
from scardesk.domain.safety.facts import GateParameters, PatientFacts
from scardesk.domain.sessions import (
    AdverseEventInput,
    ModalityInput,
    PointInput,
    SessionInput,
    ToxinInput,
    validate_session,
)
from scardesk.services.assessments import assessment_columns
from scardesk.services.safety_facts import planned_from
from scardesk.services.session_store import (
    copied_from_session,
    event_columns,
    modality_columns,
    point_columns,
    session_columns,
    toxin_columns,
)

Row = dict[str, Any]
Rows = dict[str, list[Row]]
APPOINTMENT_DAYS_BACK, APPOINTMENT_DAYS_AHEAD = 60, 28
UNSIGNED_RECENT, UNSIGNED_WITHIN_DAYS = 6, 7  # a handful of recent sessions await signing
TOXIN_INTERVAL_DAYS = 90
FEES = {
    "toxin": 90_000,
    "microneedling": 60_000,
    "fractional_laser": 120_000,
    "chemical_peel": 45_000,
    "subcision": 80_000,
    "tca_cross": 50_000,
}
#: Modalities given only once the skin type is known (their specs say so: lasers and peels).
_SKIN = frozenset(m.value for m, spec in SPECS.items() if spec.needs_skin_type)
MINUTES = tuple(timedelta(minutes=m) for m in range(24 * 60))
_SIGNED_AFTER = timedelta(minutes=45)


def cumulative(weights: tuple[int, ...]) -> tuple[int, ...]:
    """Cumulative weights once, so each ``choices`` call skips re-summing them."""
    return tuple(accumulate(weights))


def take_id(ids: dict[str, int], table: str) -> int:
    """The next explicit id of ``table`` in this batch."""
    value = ids[table]
    ids[table] = value + 1
    return value


class ClinicalRows:
    """Writes one patient's assessments and treatment sessions into a batch's row lists."""

    def __init__(
        self,
        rng: random.Random,
        catalog: Catalog,
        practitioners: list[int],
        day: tuple[datetime, ...],
        front_desk: list[int],
        today_ordinal: int,
    ) -> None:
        self.rng = rng
        self.catalog = catalog
        self.practitioners = practitioners
        self.front_desk = front_desk
        self.today_ordinal = today_ordinal
        self.unsigned_left = UNSIGNED_RECENT
        self.day = day  # UTC midnight in Muscat, indexed by days ago
        self.region_cum = cumulative(pool.REGION_WEIGHTS)
        self.scar_cum = cumulative(pool.SCAR_TYPE_WEIGHTS)
        self.modality_cum = cumulative(pool.MODALITY_WEIGHTS)
        self.toxin_cum = cumulative(pool.TOXIN_WEIGHTS[: len(catalog.toxins)])

    def assessment(
        self,
        out: Rows,
        ids: dict[str, int],
        pid: int,
        by: int,
        at: datetime,
        fitz: str | None,
    ) -> int:
        rng = self.rng
        aid = take_id(ids, "assessments")
        totals: dict[str, int] = {}
        counts: dict[tuple[str, str], int] = {}
        regions = dict.fromkeys(
            rng.choices(pool.REGIONS, cum_weights=self.region_cum, k=rng.randint(2, 4))
        )
        for region in regions:
            kinds = dict.fromkeys(
                rng.choices(pool.SCAR_TYPES, cum_weights=self.scar_cum, k=rng.randint(1, 2))
            )
            for kind in kinds:
                count = rng.randint(1, 12)
                totals[kind] = totals.get(kind, 0) + count
                counts[(region, kind)] = count
        t = totals.get
        gb = {
            "macular": t("macular", 0),
            "punched_out_shallow_small": t("boxcar_shallow", 0),
            "shallow_broad_atrophic": t("rolling", 0),
            "punched_out_deep_normal_base": t("boxcar_deep", 0),
            "punched_out_deep_abnormal_base": t("icepick", 0),
            "papular": t("hypertrophic", 0),
            "keloid_area_cm2": t("keloid", 0) * 0.5,
        }
        ecca = {
            "icepick": t("icepick", 0),
            "boxcar": t("boxcar_shallow", 0) + t("boxcar_deep", 0),
            "rolling": t("rolling", 0),
            "superficial_elastolysis": rng.randint(1, 4) if rng.random() < 0.1 else 0,
            "hypertrophic_young": t("hypertrophic", 0),
            "keloid_or_old_hypertrophic": t("keloid", 0),
        }
        form = AssessmentInput(
            assessed_at=at,
            fitzpatrick=fitz or "",
            gb_grade=str(max(pool.SCAR_TYPE_GRADE[k] for k in totals)),
            gb_counts=gb,
            ecca_counts=ecca,
            region_counts=counts,
            suitability=_VERDICTS[fitz],
            scar_s_face=rng.randint(2, 4),
        )
        data = validate_assessment(form, at)
        out["assessments"].append(
            {
                "id": aid,
                "version": 1,
                "patient_id": pid,
                "practitioner_id": by,
                **assessment_columns(data),
            }
        )
        out["region_scar_counts"].extend(
            {
                "id": take_id(ids, "region_scar_counts"),
                "assessment_id": aid,
                "region": region.region.value,
                "scar_type": region.scar_type.value,
                "count": region.count,
            }
            for region in data.regions
        )
        return aid

    def _pick_modalities(self, fitz: str | None, toxin_ok: bool) -> list[str]:
        rng = self.rng
        count = 2 if rng.random() < 0.4 else 1
        picked = rng.choices(pool.MODALITIES, cum_weights=self.modality_cum, k=count)
        allowed = [
            m
            if (m != "toxin" or toxin_ok) and (fitz is not None or m not in _SKIN)
            else "microneedling"
            for m in picked
        ]
        return list(dict.fromkeys(allowed))

    def sessions(
        self,
        out: Rows,
        ids: dict[str, int],
        pid: int,
        own: int,
        registered: int,
        fitz: str | None,
        herpes: bool,
    ) -> list[str]:
        """The patient's sessions: on a plan (``PLAN_CHANCE`` of them) following it, else at
        random days. Sessions in the appointment window come from a done appointment; a
        handful of the most recent are left unsigned; antiviral cover is recorded where the
        herpes rule asks for it. Returns the modalities given, for the consents."""
        rng, r = self.rng, self.rng.random
        span = min(HISTORY_DAYS, registered - 1)
        wanted = rng.choices((0, 1, 2, 3, 4), cum_weights=(10, 35, 65, 85, 100))[0]
        if not wanted or span < 1:
            return []
        plan_id: int | None = None
        if r() < extras.PLAN_CHANCE:
            course = extras.plan_course(rng, self._pick_modalities(fitz, True), fitz, span)
            started = course.started_days_ago
            plan_id = extras.plan_rows(
                out, ids, pid, own, course, self.day[started], self.today_ordinal - started
            )
            visits, depth = course.visits, course.peel_depth
        else:
            days = sorted(rng.sample(range(1, span + 1), min(wanted, span)), reverse=True)
            visits, depth = tuple((d, ()) for d in days), extras.peel_depth_for(rng, fitz)
        used: list[str] = []
        last_toxin = 10_000
        for days_ago, planned in visits:
            product = rng.choices(self.catalog.toxins, cum_weights=self.toxin_cum)[0]
            lots = product.lots_by_days_ago[days_ago]
            toxin_ok = bool(lots) and last_toxin - days_ago >= TOXIN_INTERVAL_DAYS
            if planned:
                modalities = [m for m in planned if m != "toxin" or toxin_ok]
            else:
                modalities = self._pick_modalities(fitz, toxin_ok)
            if not modalities:
                continue
            sid = take_id(ids, "treatment_sessions")
            at = self.day[days_ago] + MINUTES[rng.randrange(540, 1230, 30)]
            practitioner = own if r() < 0.8 else rng.choice(self.practitioners)
            appointment = None
            if days_ago <= APPOINTMENT_DAYS_BACK:
                before = rng.randint(1, min(21, registered - days_ago))
                desk = rng.choice(self.front_desk)
                appointment = extras.visit_appointment(
                    out, ids, pid, practitioner, at, modalities, desk, before
                )
            unsigned = days_ago <= UNSIGNED_WITHIN_DAYS and self.unsigned_left > 0 and r() < 0.5
            self.unsigned_left -= unsigned
            numbing = "microneedling" in modalities or "fractional_laser" in modalities
            events = () if r() < 0.88 else (self._event(),)
            given = tuple(
                self._entry(modality, at, fitz, product, lots, depth) for modality in modalities
            )
            form = validate_session(
                SessionInput(
                    performed_at=at,
                    modalities=given,
                    adverse_events_none=not events,
                    adverse_events=events,
                    cleansing_done=True,
                    antiviral_prophylaxis=herpes and _needs_antiviral(given, at),
                    anaesthetic_agent="lidocaine 4% cream" if numbing else None,
                    anaesthetic_minutes=rng.choice((30, 40, 45)) if numbing else None,
                    plan_id=plan_id,
                )
            )
            out["treatment_sessions"].append(
                {
                    "id": sid,
                    "version": 1,
                    "patient_id": pid,
                    "appointment_id": appointment,
                    "practitioner_id": practitioner,
                    **session_columns(form),
                    "fee_baisa": sum(FEES[m] for m in modalities),
                    "signed_at": None if unsigned else at + _SIGNED_AFTER,
                    "signed_by_id": None if unsigned else practitioner,
                }
            )
            self._content(out, ids, out["treatment_sessions"][-1], form)
            if "toxin" in modalities:
                last_toxin = days_ago
            used.extend(m for m in modalities if m not in used)
        return used

    def _event(self) -> AdverseEventInput:
        r = self.rng.random
        return AdverseEventInput(
            kind=self.rng.choice(pool.ADVERSE_KINDS),
            severity=Severity.MILD if r() < 0.85 else Severity.MODERATE,
            action_taken="cold compress; reassurance",
            follow_up_needed=r() < 0.2,
        )

    def _entry(
        self,
        modality: str,
        at: datetime,
        fitz: str | None,
        toxin: ToxinProduct,
        lots: tuple[int, ...],
        depth: str,
    ) -> ModalityInput:
        """One modality as the session form records it."""
        rng = self.rng
        areas = tuple(
            dict.fromkeys(
                rng.choices(pool.REGIONS, cum_weights=self.region_cum, k=rng.randint(1, 3))
            )
        )
        if modality == "toxin":
            return self._toxin(toxin, rng.choice(lots), at, areas)
        if modality == "microneedling":
            serum = rng.choice(self.catalog.serums)[1]
            return pool.needling(
                rng.randrange(2), rng.randrange(1, 5), rng.randint(2, 4), serum, areas
            )
        if modality == "fractional_laser":
            return pool.laser(rng.randrange(3), fitz, areas)
        if modality == "subcision":
            return pool.subcision(rng.randrange(3), rng.randint(2, 12), rng.randrange(2), areas)
        if modality == "tca_cross":
            return pool.tca_cross(rng.random() < 0.5, rng.randint(5, 30), rng.random() < 0.8, areas)
        if depth != "superficial":
            return pool.medium_peel(rng.randint(2, 5), areas)
        glycolic = rng.random() < 0.4
        return pool.superficial_peel(glycolic, rng.randint(1, 3), rng.randint(2, 5), areas)

    def _toxin(
        self, product: ToxinProduct, lot: int, at: datetime, areas: tuple[str, ...]
    ) -> ToxinInput:
        rng, r = self.rng, self.rng.random
        points = []
        for _ in range(rng.randint(5, 20)):
            region = rng.choice(areas)
            cx, cy = pool.REGION_CENTRES[region]
            x, y = round(cx + (r() - 0.5) * 0.12, 3), round(cy + (r() - 0.5) * 0.1, 3)
            points.append(PointInput(x, y, rng.choice(product.point_units), region))
        return ToxinInput(
            product_id=product.id,
            lot_id=lot,
            vial_units=float(product.vial_units),
            diluent_ml=rng.choice(product.diluents),
            reconstituted_at=at - MINUTES[rng.randint(10, 180)],
            points=tuple(points),
            total_units=sum(point.units for point in points),  # half-unit steps: exact
            areas=areas,
        )

    def _content(self, out: Rows, ids: dict[str, int], row: Row, form: SessionInput) -> None:
        """The child rows of the session ``row``, through the same column mapping the app saves
        with."""
        sid = row["id"]
        for entry in form.modalities:
            mid = take_id(ids, "modality_entries")
            out["modality_entries"].append(
                {"id": mid, "session_id": sid, **modality_columns(entry)}
            )
            if isinstance(entry, ToxinInput):
                tid = take_id(ids, "toxin_entries")
                out["toxin_entries"].append(
                    {
                        "id": tid,
                        "modality_entry_id": mid,
                        **toxin_columns(entry),
                        **copied_from_session(row),
                    }
                )
                out["injection_points"].extend(
                    {
                        "id": take_id(ids, "injection_points"),
                        "toxin_entry_id": tid,
                        **point_columns(p),
                    }
                    for p in entry.points
                )
        noted = form.performed_at + MINUTES[30]
        out["adverse_events"].extend(
            {"id": take_id(ids, "adverse_events"), "session_id": sid, **event_columns(e, noted)}
            for e in form.adverse_events
        )


def _needs_antiviral(entries: tuple[ModalityInput, ...], at: datetime) -> bool:
    """Whether the gate asks for antiviral cover before these treatments after herpes simplex
    (an ablative laser, a medium or deep peel, TCA CROSS: §6, §6a), as each spec decides."""
    planned = planned_from(SessionInput(performed_at=at, modalities=entries), {})
    context = RuleContext(planned, PatientFacts(), GateParameters(), at.date())
    verdicts = (SPECS[m].safety["herpes_simplex"](context) for m in planned.modalities)
    return any(v is not None and v.level is not Level.WARN for v in verdicts)


def _verdicts(fitz: str | None) -> dict[str, str]:
    """Most modalities suit every skin type; those whose spec needs the skin type (lasers,
    peels) are judged only once it is known, with a PIH caution for types IV–VI (§4)."""
    skin = None
    if fitz is not None:
        skin = Suitability.CAUTION if pih_risk(Fitzpatrick(fitz)) else Suitability.SUITABLE
    verdicts = {
        modality: skin if spec.needs_skin_type else Suitability.SUITABLE
        for modality, spec in SPECS.items()
    }
    return {m.value: v.value for m, v in verdicts.items() if v is not None}


_VERDICTS = {fitz: _verdicts(fitz) for fitz in (None, *pool.FITZPATRICK_TYPES)}
