"""Clinical rows of the demo clinic: assessments with their scores, sessions and what was done.

Split from ``demo_rows`` to keep modules small; the same rules apply (see there): every value
comes from the one seeded ``random.Random``, no sets, no per-row date parsing, and the records
respect the safety rules (toxin at most every 90 days from an in-date lot, lasers and peels
only with a skin type, nonablative lasers for types IV–VI, points that add up to the total).
"""

from __future__ import annotations

import random
from datetime import datetime, timedelta
from itertools import accumulate
from typing import Any

from scardesk.domain.scoring import EccaCounts, GoodmanBaronCounts, ecca_score, goodman_baron_score
from scardesk.services import demo_data as pool
from scardesk.services import demo_extras as extras
from scardesk.services.demo_extras import HISTORY_DAYS, Catalog, ToxinProduct

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
}
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
                out["region_scar_counts"].append(
                    {
                        "id": take_id(ids, "region_scar_counts"),
                        "assessment_id": aid,
                        "region": region,
                        "scar_type": kind,
                        "count": count,
                    }
                )
        t = totals.get
        gb = GoodmanBaronCounts(
            macular=t("macular", 0),
            punched_out_shallow_small=t("boxcar_shallow", 0),
            shallow_broad_atrophic=t("rolling", 0),
            punched_out_deep_normal_base=t("boxcar_deep", 0),
            punched_out_deep_abnormal_base=t("icepick", 0),
            papular=t("hypertrophic", 0),
            keloid_area_cm2=t("keloid", 0) * 0.5,
        )
        ecca = EccaCounts(
            icepick=t("icepick", 0),
            boxcar=t("boxcar_shallow", 0) + t("boxcar_deep", 0),
            rolling=t("rolling", 0),
            superficial_elastolysis=rng.randint(1, 4) if rng.random() < 0.1 else 0,
            hypertrophic_young=t("hypertrophic", 0),
            keloid_or_old_hypertrophic=t("keloid", 0),
        )
        dark = fitz in ("IV", "V", "VI")
        out["assessments"].append(
            {
                "id": aid,
                "version": 1,
                "patient_id": pid,
                "assessed_at": at,
                "practitioner_id": by,
                "fitzpatrick": fitz,
                "gb_grade": str(max(pool.SCAR_TYPE_GRADE[k] for k in totals)),
                "gb_a_macular": gb.macular,
                "gb_a_mild_atrophic": 0,
                "gb_b_moderate_atrophic": 0,
                "gb_b_punched_shallow": gb.punched_out_shallow_small,
                "gb_b_shallow_broad": gb.shallow_broad_atrophic,
                "gb_c_punched_deep_normal": gb.punched_out_deep_normal_base,
                "gb_c_punched_deep_abnormal": gb.punched_out_deep_abnormal_base,
                "gb_c_linear_troughed": 0,
                "gb_c_deep_broad": 0,
                "gb_d_papular": gb.papular,
                "gb_keloid_area_cm2": gb.keloid_area_cm2,
                "gb_total": goodman_baron_score(gb),
                "ecca_icepick": ecca.icepick,
                "ecca_boxcar": ecca.boxcar,
                "ecca_rolling": ecca.rolling,
                "ecca_elastolysis": ecca.superficial_elastolysis,
                "ecca_hypertrophic_young": ecca.hypertrophic_young,
                "ecca_keloid_old": ecca.keloid_or_old_hypertrophic,
                "ecca_total": ecca_score(ecca),
                "scar_s_face": rng.randint(2, 4),
                "suitability": _SUITABILITY_DARK if dark else _SUITABILITY,
                "notes": None,
            }
        )
        return aid

    def _pick_modalities(self, fitz: str | None, toxin_ok: bool) -> list[str]:
        rng = self.rng
        count = 2 if rng.random() < 0.4 else 1
        picked = rng.choices(pool.MODALITIES, cum_weights=self.modality_cum, k=count)
        allowed = [
            m
            if (m != "toxin" or toxin_ok) and (fitz is not None or m in ("toxin", "microneedling"))
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
            calm = r() < 0.88
            row: Row = {
                "id": sid,
                "version": 1,
                "patient_id": pid,
                "appointment_id": appointment,
                "plan_id": plan_id,
                "practitioner_id": practitioner,
                "supervising_prescriber_id": None,
                "performed_at": at,
                "cleansing_done": True,
                "anaesthetic_agent": "lidocaine 4% cream" if numbing else None,
                "anaesthetic_minutes": rng.choice((30, 40, 45)) if numbing else None,
                "no_adverse_events": calm,
                "antiviral_prophylaxis": False,
                "post_notes": None,
                "fee_baisa": sum(FEES[m] for m in modalities),
                "signed_at": None if unsigned else at + _SIGNED_AFTER,
                "signed_by_id": None if unsigned else practitioner,
            }
            out["treatment_sessions"].append(row)
            if not calm:
                out["adverse_events"].append(
                    {
                        "id": take_id(ids, "adverse_events"),
                        "session_id": sid,
                        "kind": rng.choice(pool.ADVERSE_KINDS),
                        "severity": "mild" if r() < 0.85 else "moderate",
                        "action_taken": "cold compress; reassurance",
                        "follow_up_needed": r() < 0.2,
                        "noted_at": at + MINUTES[30],
                    }
                )
            deeper = False
            for modality in modalities:
                deeper |= self._modality(out, ids, sid, modality, at, fitz, product, lots, depth)
                if modality == "toxin":
                    last_toxin = days_ago
            row["antiviral_prophylaxis"] = herpes and deeper
            used.extend(m for m in modalities if m not in used)
        return used

    def _modality(
        self,
        out: Rows,
        ids: dict[str, int],
        sid: int,
        modality: str,
        at: datetime,
        fitz: str | None,
        toxin: ToxinProduct,
        lots: tuple[int, ...],
        depth: str,
    ) -> bool:
        """Writes one modality entry; True for an ablative laser or a medium/deep peel (the
        procedures that need antiviral cover after herpes simplex, clinical reference §6)."""
        rng = self.rng
        mid = take_id(ids, "modality_entries")
        areas = list(
            dict.fromkeys(
                rng.choices(pool.REGIONS, cum_weights=self.region_cum, k=rng.randint(1, 3))
            )
        )
        product_id: int | None = None
        if modality == "toxin":
            product_id = toxin.id
            parameters: Row = {"technique": "intradermal microdroplets", "needle": "30G"}
            self._toxin(out, ids, mid, toxin, rng.choice(lots), at, areas)
        elif modality == "microneedling":
            product_id, serum = rng.choice(self.catalog.serums)
            parameters = pool.needling_parameters(
                rng.randrange(2), rng.randrange(1, 5), rng.randint(2, 4), serum
            )
        elif modality == "fractional_laser":
            parameters = pool.laser_parameters(rng.randrange(3), fitz)
        elif depth != "superficial":
            product_id = self.catalog.tca_id
            parameters = extras.medium_peel_parameters(rng.randint(2, 5))
        else:
            glycolic = rng.random() < 0.4
            product_id = self.catalog.glycolic_id if glycolic else self.catalog.tca_id
            parameters = pool.peel_parameters(glycolic, rng.randint(1, 3), rng.randint(2, 5))
        out["modality_entries"].append(
            {
                "id": mid,
                "session_id": sid,
                "modality": modality,
                "areas": areas,
                "parameters": parameters,
                "product_id": product_id,
            }
        )
        return bool(parameters.get("ablative")) or parameters.get("depth", "superficial") != (
            "superficial"
        )

    def _toxin(
        self,
        out: Rows,
        ids: dict[str, int],
        mid: int,
        product: ToxinProduct,
        lot: int,
        at: datetime,
        areas: list[str],
    ) -> None:
        rng, r = self.rng, self.rng.random
        tid = take_id(ids, "toxin_entries")
        points = out["injection_points"]
        total = 0.0
        for _ in range(rng.randint(5, 20)):
            region = rng.choice(areas)
            cx, cy = pool.REGION_CENTRES[region]
            units = rng.choice(product.point_units)
            total += units  # half-unit steps: the float sum is exact
            points.append(
                {
                    "id": take_id(ids, "injection_points"),
                    "toxin_entry_id": tid,
                    "x": round(cx + (r() - 0.5) * 0.12, 3),
                    "y": round(cy + (r() - 0.5) * 0.1, 3),
                    "region": region,
                    "units": units,
                }
            )
        out["toxin_entries"].append(
            {
                "id": tid,
                "modality_entry_id": mid,
                "product_id": product.id,
                "lot_id": lot,
                "vial_units": product.vial_units,
                "diluent_ml": rng.choice(product.diluents),
                "reconstituted_at": at - MINUTES[rng.randint(10, 180)],
                "total_units": total,
                "waste_units": 0.0,
                "units_per_cm3": None,
            }
        )


_SUITABILITY = {
    "toxin": "adjunct",
    "microneedling": "suitable",
    "fractional_laser": "suitable",
    "chemical_peel": "suitable",
}
_SUITABILITY_DARK = {
    "toxin": "adjunct",
    "microneedling": "suitable",
    "fractional_laser": "nonablative only; test spot (PIH risk)",
    "chemical_peel": "superficial only; prime with hydroquinone",
}
