"""Read YAML into plain Python values while remembering where each value came from.

PyYAML's safe loader is used for scalars, so nothing in a data file can construct a Python
object. The node tree is walked by hand so that every value gets a line number and its source
text (to tell the editor that `0123` was read as the number 83), and so that a key written twice
in one mapping is reported instead of silently keeping the last value.

Lines and texts are only read when something is wrong, and most files are right: `read_yaml`
walks the nodes without recording them and leaves every unusual file (a syntax error, a tag, a
repeated key, too deep) to `parse_yaml`, which reports it; the source map of a file read the
fast way is made by `parse_yaml` the first time a line inside it is asked for.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from typing import Any, Callable

import yaml

from generator.loading.errors import DataError

Path = tuple[str | int, ...]

# A data file deeper or larger than this is a mistake (or an attack such as nested aliases
# that expand exponentially), never a record.
MAX_DEPTH = 40
MAX_VALUES = 500_000

# libyaml's parser is many times faster on large files; the pure-Python one gives the same nodes.
_COMPOSER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

_PLAIN_TAGS = {
    f"tag:yaml.org,2002:{name}"
    for name in ("map", "seq", "str", "int", "float", "bool", "null", "timestamp")
}
_STR = "tag:yaml.org,2002:str"


@dataclass
class SourceMap:
    """Line and source text of every value in one YAML document, by its path of keys."""

    file: str
    lines: dict[Path, int] = field(default_factory=dict)
    texts: dict[Path, str] = field(default_factory=dict)

    def line_of(self, path: Path) -> int:
        """The line of the value at `path`, or of its closest parent that exists."""
        for end in range(len(path), -1, -1):
            line = self.lines.get(tuple(path[:end]))
            if line is not None:
                return line
        return 1

    def text_of(self, path: Path) -> str | None:
        return self.texts.get(tuple(path))


class DeferredSourceMap(SourceMap):
    """The source map of a file read by `read_yaml`, made by `parse_yaml` when first needed.

    The lines of the document and of its list items (where each record starts) are known at
    once; any other line, and any source text, re-reads the file through `reread`. Only a
    problem asks for them, and a problem is reported on the file as it was read: when the file
    changed in between, `serve` loads again anyway and reports the file as it is then.
    """

    def __init__(self, file: str, lines: dict[Path, int], reread: Callable[[], str]):
        super().__init__(file, lines)
        self._reread: Callable[[], str] | None = reread

    def _complete(self) -> None:
        if self._reread is None:
            return
        document, _ = parse_yaml(self._reread(), self.file)
        self._reread = None
        # A file emptied or broken since keeps the lines known from the first reading.
        if document is not None and document.source.lines:
            self.lines, self.texts = document.source.lines, document.source.texts

    def line_of(self, path: Path) -> int:
        if tuple(path) not in self.lines:
            self._complete()
        return super().line_of(path)

    def text_of(self, path: Path) -> str | None:
        self._complete()
        return super().text_of(path)


@dataclass
class Document:
    data: Any
    source: SourceMap


class _Reader:
    def __init__(self, file: str):
        self.source = SourceMap(file)
        self.errors: list[DataError] = []
        self._constructor = yaml.SafeLoader("")
        self._count = 0

    def value(self, node: yaml.Node, path: Path, depth: int) -> Any:
        self.source.lines[path] = node.start_mark.line + 1
        if depth > MAX_DEPTH:
            raise _TooDeep(node.start_mark.line + 1)
        if node.tag not in _PLAIN_TAGS:
            raise yaml.constructor.ConstructorError(None, None, "tag", node.start_mark)
        self._count += 1
        if self._count > MAX_VALUES:
            raise _TooDeep(node.start_mark.line + 1)
        if isinstance(node, yaml.MappingNode):
            return self.mapping(node, path, depth)
        if isinstance(node, yaml.SequenceNode):
            return [self.value(item, path + (i,), depth + 1) for i, item in enumerate(node.value)]
        self.source.texts[path] = node.value
        try:
            value = self._constructor.construct_object(node, deep=True)
        except ValueError:
            # An impossible date such as 2026-02-30: kept as text for the schema to explain.
            return node.value
        if isinstance(value, str):
            return unicodedata.normalize("NFC", value)
        return value

    def mapping(self, node: yaml.MappingNode, path: Path, depth: int) -> dict:
        self._constructor.flatten_mapping(node)
        result: dict = {}
        for key_node, value_node in node.value:
            try:
                key = self._constructor.construct_object(key_node, deep=True)
            except ValueError:
                # An impossible date as a key (2026-02-30:): its text, for the schema to refuse.
                key = key_node.value
            if not isinstance(key, str):
                key = str(key)
            key = unicodedata.normalize("NFC", key)
            if key in result:
                self.errors.append(
                    DataError(
                        self.source.file,
                        key_node.start_mark.line + 1,
                        key,
                        "khóa này được viết hai lần trong cùng một mục",
                        "xóa một trong hai dòng, hoặc gộp nội dung của chúng làm một",
                    )
                )
                continue
            result[key] = self.value(value_node, path + (key,), depth + 1)
            self.source.lines[path + (key,)] = key_node.start_mark.line + 1
        return result


class _TooDeep(Exception):
    def __init__(self, line: int):
        self.line = line


def _compose(text: str) -> yaml.Node | None:
    try:
        return yaml.compose(text, Loader=_COMPOSER)
    except yaml.YAMLError:
        # libyaml words and places some problems less helpfully: the pure-Python parser
        # raises the error the editor reads.
        return yaml.compose(text, Loader=yaml.SafeLoader)


_BRACKETS = re.compile(r"[\[\]{}]")
# `- - - - x`: a list in a list in a list… on one line.
_NESTED_ITEMS = re.compile(r"(?:[-?][ \t]+){%d,}" % (MAX_DEPTH + 1))


def _nesting_too_deep(text: str) -> int | None:
    """The line where flow brackets (`[`, `{`) or items on one line nest deeper than MAX_DEPTH,
    found before parsing: the parser recurses once per level, and `[` repeated 100,000 times
    crashed it. Brackets inside quotes are counted too; no record needs forty of them open."""
    match = _NESTED_ITEMS.search(text)
    if match:
        return text.count("\n", 0, match.start()) + 1
    if text.count("[") + text.count("{") <= MAX_DEPTH:
        return None
    depth = 0
    for bracket in _BRACKETS.finditer(text):
        depth = depth + 1 if bracket.group() in "[{" else max(depth - 1, 0)
        if depth > MAX_DEPTH:
            return text.count("\n", 0, bracket.start()) + 1
    return None


def _too_deep(file: str, line: int) -> DataError:
    return DataError(
        file,
        line,
        "",
        f"dữ liệu lồng nhau quá {MAX_DEPTH} tầng hoặc có quá {MAX_VALUES:,} giá trị".replace(",", "."),
        "một hồ sơ chỉ cần vài tầng thụt lề; kiểm tra lại cấu trúc tệp",
    )


def parse_yaml(text: str, file: str) -> tuple[Document | None, list[DataError]]:
    """Parse one YAML document; return it with its source map, or the errors that stop it."""
    reader = _Reader(file)
    deep = _nesting_too_deep(text)
    if deep is not None:
        return None, [_too_deep(file, deep)]
    try:
        node = _compose(text)
    except yaml.MarkedYAMLError as error:
        # A quote or bracket left open is only noticed at the end of the file: the place where
        # it was opened (the context) is the line to fix.
        at_end = "end of stream" in (error.problem or "") or "<stream end>" in (error.problem or "")
        mark = (error.context_mark if at_end else None) or error.problem_mark or error.context_mark
        line = mark.line + 1 if mark else 1
        return None, [
            DataError(
                file,
                line,
                "",
                f"tệp YAML viết sai cú pháp ({_describe_yaml_problem(error)})",
                "kiểm tra thụt lề (dùng dấu cách, không dùng Tab), dấu hai chấm sau mỗi khóa và "
                "dấu nháy đóng mở đủ cặp; đặt giá trị có dấu hai chấm hoặc dấu # trong dấu nháy",
            )
        ]
    except yaml.reader.ReaderError as error:
        # A NUL byte or another control character: PyYAML gives its place in the text.
        line = text.count("\n", 0, max(error.position, 0)) + 1
        return None, [
            DataError(
                file,
                line,
                "",
                f"có ký tự điều khiển không được phép (mã U+{error.character:04X}), thường do dán từ phần mềm khác",
                "xóa ký tự này: gõ lại dòng đó trong trình soạn thảo, hoặc chép nội dung qua Notepad rồi lưu với "
                "bảng mã UTF-8",
            )
        ]
    except yaml.YAMLError:
        return None, [
            DataError(file, 1, "", "tệp YAML không đọc được", "mở tệp bằng trình soạn thảo, kiểm tra và lưu lại")
        ]
    if node is None:
        return Document(None, reader.source), []
    try:
        data = reader.value(node, (), 0)
    except _TooDeep as error:
        return None, [_too_deep(file, error.line)]
    except yaml.constructor.ConstructorError as error:
        mark = error.problem_mark
        return None, [
            DataError(
                file,
                mark.line + 1 if mark else 1,
                "",
                "thẻ YAML không được phép (các thẻ bắt đầu bằng `!` bị từ chối vì lý do an toàn)",
                "xóa thẻ `!...` và chỉ ghi giá trị thường: chữ, số, ngày, danh sách",
            )
        ]
    return Document(data, reader.source), reader.errors


class _Unusual(Exception):
    """Something `read_yaml` leaves to `parse_yaml`, which knows how to report it."""


def read_yaml(
    text: str, file: str, reread: Callable[[], str], strings: dict[str, str] | None = None
) -> tuple[Document | None, list[DataError]]:
    """What `parse_yaml` returns for `text`, more than twice as fast for a file without YAML
    problems; `reread` gives the text again if a line inside the file is ever needed.

    Keys and texts equal to one in `strings` are that one, which saves the memory of many
    equal copies when the data is kept; new ones are added to it.
    """
    if _nesting_too_deep(text) is not None:
        return parse_yaml(text, file)
    try:
        node = yaml.compose(text, Loader=_COMPOSER)
    except yaml.YAMLError:
        return parse_yaml(text, file)
    if node is None:
        return Document(None, SourceMap(file)), []
    lines = {(): node.start_mark.line + 1}
    if isinstance(node, yaml.SequenceNode):
        lines.update({(index,): item.start_mark.line + 1 for index, item in enumerate(node.value)})
    try:
        data = _FastReader({} if strings is None else strings).value(node, 0)
    except _Unusual:
        return parse_yaml(text, file)
    return Document(data, DeferredSourceMap(file, lines, reread)), []


class _FastReader:
    """`_Reader` without the source map: the same values, the same depth and size limits, and
    anything `_Reader` would report or treat specially raises `_Unusual` instead."""

    def __init__(self, strings: dict[str, str]) -> None:
        self._constructor: yaml.SafeLoader | None = None
        self._count = 0
        self._strings = strings
        # A list or mapping reached twice is an alias (`*name`): rare in records, and how nested
        # aliases blow up, so such a file is left to _Reader at once rather than walked twice.
        self._collections: set[yaml.Node] = set()

    def value(self, node: yaml.Node, depth: int) -> Any:
        if depth > MAX_DEPTH:
            raise _Unusual
        tag = node.tag
        if tag not in _PLAIN_TAGS:
            raise _Unusual
        self._count += 1
        if self._count > MAX_VALUES:
            raise _Unusual
        kind = type(node)
        if kind is not yaml.ScalarNode:
            if node in self._collections:
                raise _Unusual
            self._collections.add(node)
        if kind is yaml.MappingNode:
            result: dict = {}
            for key_node, value_node in node.value:
                key = self.text(self.key(key_node))
                if key in result:
                    raise _Unusual
                result[key] = self.value(value_node, depth + 1)
            return result
        if kind is yaml.SequenceNode:
            return [self.value(item, depth + 1) for item in node.value]
        if tag == _STR:
            return self.text(node.value)
        return self.construct(node)

    def text(self, value: str) -> str:
        value = unicodedata.normalize("NFC", value)
        return self._strings.setdefault(value, value)

    def key(self, node: yaml.Node) -> str:
        # Merge keys (`<<`), `=` keys and keys that are lists or mappings take _Reader's path.
        if type(node) is not yaml.ScalarNode or node.tag not in _PLAIN_TAGS:
            raise _Unusual
        if node.tag == _STR:
            return node.value
        return str(self.construct(node))

    def construct(self, node: yaml.Node) -> Any:
        if self._constructor is None:
            self._constructor = yaml.SafeLoader("")
        try:
            return self._constructor.construct_object(node, deep=True)
        except (ValueError, yaml.YAMLError):
            # An impossible date, for one: _Reader keeps it as text for the schema to explain.
            raise _Unusual from None


def _describe_yaml_problem(error: yaml.MarkedYAMLError) -> str:
    """PyYAML's problem in Vietnamese: its English never reaches an editor (a problem not listed
    here is named by what YAML was reading, never in English)."""
    problems = {
        "found character '\\t' that cannot start any token": "có ký tự Tab",
        "found a tab character": "có ký tự Tab",
        "mapping values are not allowed here": "dấu hai chấm đặt sai chỗ",
        "found unexpected ':'": "dấu hai chấm đặt sai chỗ",
        "found unexpected end of stream": "thiếu dấu nháy đóng",
        "expected ',' or ']'": "thiếu dấu ngoặc vuông đóng ]",
        "expected ',' or '}'": "thiếu dấu ngoặc nhọn đóng }",
        "could not find expected ':'": "thiếu dấu hai chấm sau khóa",
        "found undefined alias": "tham chiếu `*` tới một neo không tồn tại",
        "expected <block end>, but found '<block mapping start>'": "thụt lề không đều",
        "expected <block end>, but found '-'": "thụt lề của danh sách không đều",
        "expected <block end>": "thụt lề không đều",
        "did not find expected key": "thụt lề không đều",
        "did not find expected '-' indicator": "thụt lề của danh sách không đều",
        "but found another document": "có hơn một tài liệu YAML trong tệp: dòng `---` ở giữa tệp",
        "expected '<document start>'": "có nội dung sau dòng kết thúc `...`",
        "expected the node content": "thiếu giá trị sau neo `&` hoặc thẻ `!`",
        "expected alphabetic or numeric character": "tên neo `&` hoặc tham chiếu `*` không hợp lệ",
        "found unknown escape character": "ký tự thoát `\\` không hợp lệ trong dấu nháy kép",
        "expected escape sequence": "ký tự thoát `\\` không hợp lệ trong dấu nháy kép",
        "expected a comment or a line break": "có nội dung thừa sau giá trị trên cùng dòng",
        "found duplicate YAML directive": "chỉ thị `%YAML` bị lặp",
        "found incompatible YAML document": "chỉ thị `%YAML` không hợp lệ",
        "found unexpected document separator": "dòng `---` hoặc `...` đặt sai chỗ",
        "found undefined tag handle": "thẻ `!` không hợp lệ",
        "expected URI": "thẻ `!` không hợp lệ",
        "expected ' '": "thiếu dấu cách sau dấu hai chấm hoặc dấu gạch đầu dòng",
        "expected a mapping or list of mappings for merging": "khóa gộp `<<` không trỏ tới một nhóm khóa",
        "expected a mapping for merging": "khóa gộp `<<` không trỏ tới một nhóm khóa",
        "found duplicate anchor": "tên neo `&` bị dùng hai lần",
        "expected chomping or indentation indicators": "ký hiệu sau `|` hoặc `>` không hợp lệ",
        "expected a single document": "có hơn một tài liệu YAML trong tệp: dòng `---` ở giữa tệp",
    }
    problem = error.problem or ""
    for english, vietnamese in problems.items():
        if english in problem:
            return vietnamese
    character = re.match(r"found character '(.+)' that cannot start any token", problem)
    if character:
        return f"ký tự {character.group(1)} không được đứng đầu một giá trị"
    return "cấu trúc không đúng"
