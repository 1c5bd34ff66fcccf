"""An untitled copy on a bureau's own portal, speaking at that bureau's level (我盟, 我市), is the bureau's whose
name the site footer writes as owner (``版权所有:锡林郭勒盟林业和草原局``: corpus 1209; 1293's
``黄石市财政局版权所有`` the same shape); never a government's portal, which posts every office's reports."""

from __future__ import annotations

from models.ingest.metadata_issuer_source import footer_owner
from tests.models.ingest._reading import issuer as _issuer

_BUREAU_PORTAL = """开年以来我盟各地克服疫情带来的苗木物资调运受阻等困难,截止10月底我盟已全面完成年度造林任务。
版权所有:锡林郭勒盟林业和草原局 主办部门:锡林郭勒盟林业和草原局办公室
电话:0479-8114239 传真:0479-8222309
蒙ICP备19004343号-1 政府网站标识码:1525000038
"""


def test_the_bureau_owning_the_portal_issues_an_untitled_copy_at_its_level() -> None:
    assert _issuer(_BUREAU_PORTAL) == "锡林郭勒盟林业和草原局"


def test_the_owner_written_before_the_words() -> None:
    assert footer_owner(["黄石市财政局版权所有 网站标识码：4202000046"], "全市财政收入增长,我市") == "黄石市财政局"


def test_a_government_portal_or_another_level_names_no_issuer() -> None:
    assert footer_owner(["版权所有:灌云县人民政府"], "我县") is None
    assert footer_owner(["版权所有:锡林郭勒盟林业和草原局"], "全县造林任务完成,我县") is None
