"""Recognising government-portal page furniture ("chrome") and labelled metadata lines.

The patterns describe what such portals put around an article in general — toolbars, font
size pickers, share buttons, print/close links, QR prompts, related-link lists — in simplified
and traditional characters, so scraped reports from sites never seen still parse cleanly.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_SEP = r"[\s\u3000|｜/／·•]*"

# Whole-line chrome: a line made only of these words (and separators) is page furniture.
_CHROME_WORDS = (
    "繁体版",
    "繁體版",
    "简体版",
    "簡體版",
    "繁体",
    "繁體",
    "简体",
    "簡體",
    "English",
    "无障碍版?",
    "無障礙版?",
    "无障碍浏览",
    "無障礙瀏覽",
    "长者模式",
    "長者模式",
    "关怀版",
    "關懷版",
    r"网站支持IPv6",
    r"網站支持IPv6",
    r"本站支持IPv6",
    r"IPv6",
    "政务微信",
    "政務微信",
    "政务微博",
    "政務微博",
    "官方微信",
    "官方微博",
    "手机版",
    "手機版",
    "移动版",
    "移動版",
    "智能机器人",
    "智能機器人",
    "智能问答",
    "智能問答",
    "返回顶部",
    "返回頂部",
    "回到顶部",
    "回到頂部",
    "返回首页",
    "返回首頁",
    "首页",
    "首頁",
    "打印本页",
    "列印本頁",
    "打印",
    "列印",
    "关闭窗口",
    "關閉窗口",
    "關閉視窗",
    "关闭",
    "關閉",
    "收藏",
    "加入收藏",
    "纠错",
    "糾錯",
    "我要纠错",
    "我要糾錯",
    "保存本页",
    "保存本頁",
    "分享到微信",
    "分享到微博",
    "分享到",
    "分享",
    "扫一扫",
    "掃一掃",
    "相关链接",
    "相關鏈接",
    "相關連結",
    "相关附件",
    "相關附件",
    "相关文章",
    "相關文章",
    "相关阅读",
    "相關閱讀",
    "相关稿件",
    "相關稿件",
    "上一篇",
    "下一篇",
    "【?字体】?",
    "【?字體】?",
    "字号",
    "字號",
    "大",
    "中",
    "小",
    "默认",
    "默認",
    "【",
    "】",
    ">>",
    "»",
)
_CHROME_LINE = re.compile(
    r"^" + _SEP + r"(?:(?:" + "|".join(_CHROME_WORDS) + r")[:：]?" + _SEP + r")+$"
)
# Prompts and labels that start a chrome line whatever follows them.
_CHROME_PREFIX = re.compile(
    r"^\s*(?:打开微信|打開微信|扫一扫|掃一掃|用微信扫|用微信掃|微信扫一扫|微信掃一掃|"
    r"分享到|分享[:：]|字号[:：]|字號[:：]|【字体|【字體|\[字体|浏览次数|瀏覽次數|"
    r"访问量|訪問量|点击数|點擊數|阅读量|閱讀量|上一篇[:：]|下一篇[:：]|"
    r"Copyright|版权所有|版權所有|主办单位|主辦單位|承办单位|承辦單位|网站标识码|網站標識碼|"
    r"[京粤沪川浙苏鲁豫冀晋辽吉黑皖闽赣鄂湘桂琼渝贵云藏陕甘青宁新蒙津]ICP备|公网安备|公網安備)"
)
# Link ids that scrapers leave in front of related-link titles: "abcd…2146:".
HEX_ID_LINE = re.compile(r"^\s*[0-9a-fA-F]{16,64}\s*[:：]?\s*$")
PAGE_NUMBER_LINE = re.compile(
    r"^\s*(?:[-—–]\s*)?(?:\d{1,4}|第\s*\d{1,4}\s*页|第\s*\d{1,4}\s*頁|\d{1,4}\s*/\s*\d{1,4})"
    r"(?:\s*[-—–])?\s*$"
)
# Footer chrome after which whatever short lines follow are link lists, not the article.
LINK_LIST_START = re.compile(
    r"^\s*(?:相关链接|相關鏈接|相關連結|相关附件|相關附件|相关文章|相關文章|"
    r"相关阅读|相關閱讀|相关稿件|相關稿件)"
)


def is_chrome_line(line: str) -> bool:
    """True for a line that is page furniture rather than article text."""
    stripped = line.strip()
    if not stripped:
        return False
    return bool(
        _CHROME_LINE.match(stripped)
        or _CHROME_PREFIX.match(stripped)
        or HEX_ID_LINE.match(stripped)
    )


# Labelled facts: 来源: 四川日报, 发布时间：2026-01-19, 责任编辑： … Traditional forms too.
_META_LABELS: dict[str, str] = {
    "来源": "来源",
    "來源": "来源",
    "信息来源": "来源",
    "資訊來源": "来源",
    "文章来源": "来源",
    "文章來源": "来源",
    "稿件来源": "来源",
    "稿件來源": "来源",
    "发布时间": "发布时间",
    "發佈時間": "发布时间",
    "發布時間": "发布时间",
    "发布日期": "发布时间",
    "發佈日期": "发布时间",
    "發布日期": "发布时间",
    "时间": "发布时间",
    "時間": "发布时间",
    "日期": "发布时间",
    "更新时间": "更新时间",
    "更新時間": "更新时间",
    "责任编辑": "责任编辑",
    "責任編輯": "责任编辑",
    "编辑": "编辑",
    "編輯": "编辑",
    "作者": "作者",
    "撰稿": "作者",
    "审核": "审核",
    "審核": "审核",
    "校对": "校对",
    "校對": "校对",
    "索引号": "索引号",
    "索引號": "索引号",
    "主题分类": "主题分类",
    "主題分類": "主题分类",
    "发文机关": "发文机关",
    "發文機關": "发文机关",
    "成文日期": "成文日期",
    "发文字号": "发文字号",
    "發文字號": "发文字号",
    "发布机构": "发布机构",
    "發布機構": "发布机构",
    "文号": "发文字号",
    "文號": "发文字号",
    "公开方式": "公开方式",
    "公開方式": "公开方式",
}
_META_LINE = re.compile(
    r"^\s*(?P<label>" + "|".join(sorted(_META_LABELS, key=len, reverse=True)) + r")\s*[:：]\s*"
    r"(?P<value>.*?)\s*$"
)
# Several facts on one line: "来源：xx  发布时间：yy  浏览次数：12".
_META_SPLIT = re.compile(
    r"\s+(?=(?:"
    + "|".join(sorted(_META_LABELS, key=len, reverse=True))
    + r"|浏览次数|瀏覽次數|点击数|點擊數|访问量|訪問量)\s*[:：])"
)
# A date and time standing alone above the article: 2026年02月10日 07时41分, 2026-01-19 20:00.
DATETIME_LINE = re.compile(
    r"^\s*(?:发布时间[:：])?\s*\d{4}\s*(?:年|[-/.])\s*\d{1,2}\s*(?:月|[-/.])\s*\d{1,2}\s*日?"
    r"(?:\s*\d{1,2}\s*(?:[时時:：])\s*\d{1,2}\s*(?:分)?(?:\s*[:：]?\s*\d{1,2}\s*秒?)?)?\s*$"
)


@dataclass(frozen=True, slots=True)
class MetaField:
    """One labelled fact; ``label`` is the canonical simplified label."""

    label: str
    value: str


def match_metadata(line: str) -> list[MetaField] | None:
    """The labelled facts on ``line``, or None if it is not a metadata line.

    A label with no value (``来源:`` alone) returns a field with an empty value: portals often
    put the value on the next line.
    """
    fields: list[MetaField] = []
    for part in _META_SPLIT.split(line.strip()):
        match = _META_LINE.match(part)
        if match is None:
            if fields and not is_chrome_line(part):
                return None
            if not fields:
                return None
            continue
        fields.append(MetaField(_META_LABELS[match["label"]], match["value"]))
    if not fields:
        return None
    # "时间：" or "日期：" in a sentence is prose; a real label line is short.
    if len(line.strip()) > 80:
        return None
    return fields
