"""A resolution whose opening lost its subject (``听取和审议了…``) is issued by the session its adoption line names
(``(2020年5月15日新乡市十三届人大三次会议第三次全体会议通过)``; corpus 1290, the adoption lines of 1037, 323 and
1249 the same shape), the plenary sitting left out; never an adoption line that names no place."""

from __future__ import annotations

from tests.models.ingest._reading import issuer as _issuer

_CUT_SUBJECT = """(2020年5月15日新乡市十三届人大三次会议第三次全体会议通过)
听取和审议了王登喜市长代表市人民政府所作的政府工作报告。会议充分肯定了市政府2019年的工作,同意报告提出的2020年目标任务。
"""

_NO_PLACE = """(2017年1月23日县十六届人民代表大会第一次会议通过)
听取和审议了县长代表县人民政府所作的政府工作报告。会议充分肯定了县政府2016年的工作。
"""


def test_the_adoption_line_names_the_session_that_issues_the_resolution() -> None:
    assert _issuer(_CUT_SUBJECT) == "新乡市十三届人大三次会议"


def test_an_adoption_line_without_a_place_names_no_issuer() -> None:
    assert _issuer(_NO_PLACE) != "县十六届人民代表大会第一次会议"
