"""A review record as a mission team would fill it in: used by the report tests."""

from __future__ import annotations

from cyberassess.store import Assessment

MISSION_START, MISSION_END = "2026-03-09", "2026-03-13"
HOST = "Ministry of Justice of Meridia"
MARKING = "RESTRICTED"


def fill_review(doc: Assessment, *, final: bool = False) -> None:
    doc.set_mission(
        mission_type="ncr-mission",
        start_date=MISSION_START,
        end_date=MISSION_END,
        host=HOST,
        marking=MARKING,
        status="final" if final else "draft",
        limitations="The **Supreme Court** could not be met during the mission week.\n\n"
        "- Police statistics for 2025 were not yet published.",
    )
    doc.add_team_member("Amina Mensah", role="Team lead", organisation="Council of Europe")
    doc.add_team_member("Carlos Duarte", role="Legal expert", organisation="UNODC")
    doc.add_consulted("National Police", name="Inspector Sara Ndiaye", role="Head of cybercrime unit",
                      date="2026-03-10", place="Port Meridia")  # fmt: skip
    doc.add_consulted(
        "Office of the Prosecutor-General", role="Deputy prosecutor", date="2026-03-11", place="Port Meridia"
    )
    doc.add_reviewed_document("Cybercrime Act 2019", issuer="Parliament of Meridia", date="2019-06-01")
    doc.add_reviewed_document("National Cybersecurity Strategy 2021-2025", issuer="Ministry of ICT")
    doc.set_narrative(
        "summary",
        "Meridia has **laws in place** but weak capacity to use them.\n\n- Train prosecutors\n- Publish statistics",
    )
    doc.set_narrative("context", "Meridia is a coastal state of 4 million people with a civil-law system.")
    doc.set_narrative("acknowledgements", "The team thanks the Ministry of Justice for hosting the mission.")
    doc.set_narrative("D1", "The strategy exists but has *no costed action plan*.")
    doc.add_action("Adopt a costed cybercrime action plan", indicator_ids=("D1.1.2",), owner="Ministry of Justice",
                   partners="Ministry of ICT", horizon="short", effort="medium", cost_amount=50000,
                   cost_currency="EUR", priority=1)  # fmt: skip
    doc.add_action("Create a specialised prosecution unit", indicator_ids=("D5.2.3", "D9.1.1"),
                   owner="Office of the Prosecutor-General", horizon="medium", effort="high", priority=2)  # fmt: skip
    doc.add_action("Accede to the Second Additional Protocol", indicator_ids=("D8.4.1",),
                   owner="Ministry of Foreign Affairs", horizon="long", effort="low", priority=3)  # fmt: skip
    doc.set_treaty_entry("budapest:2", compliance="full", national_provision="Cybercrime Act 2019, s. 3")
    doc.set_treaty_entry("un:25", compliance="partial", national_provision="Criminal Procedure Code, art. 88",
                         note="Preservation only for 30 days")  # fmt: skip
