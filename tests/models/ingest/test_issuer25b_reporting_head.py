"""A news item whose lead has a bureau's (deputy) head report the state of its work to a visiting or inspecting
body (`区人社局副局长…参加督查座谈会,并汇报…完成情况`) and whose text then speaks as that bureau (`我局`): the bureau,
placed by the text (corpus 2147; 1696 the same family with `局长…汇报了…工作`); variants written here for other
places, sectors and scripts, and the cases that must abstain."""

from __future__ import annotations

from models.ingest.metadata_body_names import reporting_bureau
from tests.models.ingest._reading import issuer as _issuer


def _lines(text: str) -> list[str]:
    return [line for line in text.split("\n") if line.strip()]


_DEPUTY_REPORTS = (
    "11月5日,市财政局预算处处长王明带领检查组对雁塔区预算执行情况进行检查。"
    "区财政局副局长李华参加检查座谈会,并汇报雁塔区1至10月预算执行及重点工作完成情况。\n"
    "今年以来,我局在区委、区政府的正确领导下,全面完成各项任务。截至10月底,一般公共预算收入12.3亿元。\n"
    "座谈会上,市局检查组对雁塔区财政工作给予充分肯定。\n"
)

_TRADITIONAL = (
    "11月5日,市財政局預算處處長王明帶領檢查組對雁塔區預算執行情況進行檢查。"
    "區財政局副局長李華參加檢查座談會,並彙報雁塔區1至10月預算執行及重點工作完成情況。\n"
    "今年以來,我局在區委、區政府的正確領導下,全面完成各項任務。截至10月底,一般公共預算收入12.3億元。\n"
)

_COUNTY_HEAD = (
    "6月8日,市农业农村局副局长赵强一行到临澧县调研。"
    "县农业农村局党组书记、局长陈刚汇报了临澧县上半年农业生产情况。\n"
    "今年以来,我局紧紧围绕全年目标,粮食播种面积稳定在60万亩。\n"
)

# the government's meeting where a bureau's head reports the economy: the text never speaks as the bureau
_GOVERNMENT_MEETING = (
    "3月5日,市政府召开常务会议,市长张军主持。市发改委主任李明汇报了全市一季度经济运行情况。\n"
    "会议指出,全市经济运行总体平稳。\n"
)


def test_a_deputy_head_reporting_the_state_of_the_work_is_the_bureau_in_full() -> None:
    assert _issuer(_DEPUTY_REPORTS) == "雁塔区财政局"


def test_traditional_script_reads_the_same() -> None:
    assert _issuer(_TRADITIONAL) == "雁塔区财政局"


def test_a_county_head_reporting_the_state_of_the_work_is_the_county_bureau() -> None:
    assert reporting_bureau(_lines(_COUNTY_HEAD)) == "临澧县农业农村局"


def test_a_head_reporting_the_state_of_the_economy_at_a_government_meeting_gives_no_bureau() -> None:
    assert reporting_bureau(_lines(_GOVERNMENT_MEETING)) is None


# 老城区 (洛阳) and 新城区 (西安, 呼和浩特) are districts and the old or new town anywhere: the place only where the
# text writes a period of its own after it
_OLD_TOWN_DISTRICT = (
    "7月9日,市人社局副局长王明带领督查组对老城区就业工作进行督查。"
    "区人社局副局长李华参加督查座谈会,并汇报老城区上半年就业目标任务完成情况。\n"
    "今年以来,我局以促进就业为主线,城镇新增就业3200人。\n"
)

_NEW_TOWN_WORKS = (
    "7月9日,市住建局副局长王明带领检查组到区里检查新城区建设。"
    "区住建局副局长李华参加座谈会,并汇报新城区道路建设推进情况。\n"
    "今年以来,我局加快新城区建设,完成投资3亿元。\n"
)


def test_a_district_named_like_the_old_town_places_the_bureau_by_its_period() -> None:
    assert reporting_bureau(_lines(_OLD_TOWN_DISTRICT)) == "老城区人社局"


def test_the_new_town_as_a_common_noun_places_no_bureau() -> None:
    assert reporting_bureau(_lines(_NEW_TOWN_WORKS)) is None
