"""Wrap the user-visible string literals of ui modules in Qt translation calls (a code rewrite).

    python tools/wrap_strings.py workshop_app/ui/some_screen.py ...

Literals passed to Qt text setters (setText, setToolTip, QLabel(...), addTab, QMessageBox, ...) become
self.tr("...") inside methods and QCoreApplication.translate("<module>", "...") elsewhere; f-strings
become tr("... {name} ...").format(name=...). Review the diff, run ruff format, then the pseudo-locale
test (tests/test_translations.py) shows any text still left out. Run once per module.
"""

# ruff: noqa
import ast
import os
import re
import sys

CALLS = {  # name -> which positional arg indexes to wrap (None = all str args); kw names
    "QLabel": None,
    "QPushButton": None,
    "QCheckBox": None,
    "QRadioButton": None,
    "QGroupBox": None,
    "QCommandLinkButton": None,
    "QAction": None,
    "QProgressDialog": [0, 1],
    "QToolButton": None,
    "setText": None,
    "setToolTip": None,
    "setStatusTip": None,
    "setWhatsThis": None,
    "setWindowTitle": None,
    "setTitle": None,
    "setSubTitle": None,
    "setPlaceholderText": None,
    "setAccessibleName": None,
    "setAccessibleDescription": None,
    "addRow": [0],
    "addTab": [1],
    "insertTab": [2],
    "addMenu": None,
    "addAction": None,
    "addButton": [0],
    "showMessage": [0],
    "setSuffix": None,
    "setPrefix": None,
    "setSpecialValueText": None,
    "setLabelText": None,
    "setButtonText": [1],
    "setCancelButtonText": None,
    "warning": [1, 2],
    "critical": [1, 2],
    "information": [1, 2],
    "question": [1, 2],
    "about": [1, 2],
    "getSaveFileName": [1, 3],
    "getOpenFileName": [1, 3],
    "getExistingDirectory": [1],
    "Column": [0],
    "_heading": None,
    "heading": None,
    "show_error": [2],
    "button": None,
    "action": [0, 3],
    "CaptureEditor": [0, 3],
    "createUndoAction": [1],
    "createRedoAction": [1],
    "setItemText": [1],
    "QMessageBox": [1, 2],
    "setInformativeText": None,
    "setDetailedText": None,
    "_hint": None,
    "_error": None,
    "hint": None,
    "setHtml": None,
    "setPlainText": [],
}
KW = {"title", "caption", "text", "tip", "label", "heading", "placeholder", "tooltip", "name", "description"}
TIP_VARS = {"tip", "name", "text", "label", "title", "heading", "description", "caption", "hint"}


def has_letters(s):
    return re.search(r"[A-Za-z]", s) is not None


def lit(s):
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n") + '"'


class W(ast.NodeVisitor):
    def __init__(self, src, ctxname):
        self.src = src
        self.lines = src.splitlines(keepends=True)
        self.reps = []
        self.stack = []  # (kind, name, has_self)
        self.ctxname = ctxname

    def off(self, lineno, col):
        return sum(len(l.encode("utf-8")) for l in self.lines[: lineno - 1]) + col

    def seg(self, n):
        return ast.get_source_segment(self.src, n)

    def trfunc(self):
        selfok = any(k == "func" and hs for k, _, hs in self.stack) and any(k == "class" for k, _, _ in self.stack)
        cls = next((n for k, n, _ in reversed(self.stack) if k == "class"), None)
        if selfok:
            return "self.tr(", ")"
        return f'QCoreApplication.translate("{cls or self.ctxname}", ', ")"

    def wrap(self, n):
        if isinstance(n, ast.Constant) and isinstance(n.value, str):
            if not has_letters(n.value):
                return
            a, b = self.trfunc()
            self.reps.append((n, a + self.seg(n) + b))
        elif isinstance(n, ast.JoinedStr):
            tmpl = ""
            args = []
            used = {}
            for v in n.values:
                if isinstance(v, ast.Constant):
                    tmpl += v.value.replace("{", "{{").replace("}", "}}")
                else:
                    e = v.value
                    nm = e.id if isinstance(e, ast.Name) else (e.attr if isinstance(e, ast.Attribute) else "value")
                    es = self.seg(e)
                    if nm in used and used[nm] != es:
                        i = 2
                        while f"{nm}{i}" in used and used[f"{nm}{i}"] != es:
                            i += 1
                        nm = f"{nm}{i}"
                    used[nm] = es
                    if (nm, es) not in args:
                        args.append((nm, es))
                    spec = ""
                    if v.conversion != -1:
                        spec += "!" + chr(v.conversion)
                    if v.format_spec is not None:
                        spec += ":" + "".join(c.value for c in v.format_spec.values)
                    tmpl += "{" + nm + spec + "}"
            if not has_letters(re.sub(r"<[^>]*>", "", re.sub(r"\{[^}]*\}", "", tmpl))):
                return
            a, b = self.trfunc()
            fmt = ", ".join(f"{k}={e}" if k != e else f"{k}={e}" for k, e in args)
            self.reps.append((n, a + lit(tmpl) + b + f".format({fmt})"))
        elif isinstance(n, ast.IfExp):
            self.wrap(n.body)
            self.wrap(n.orelse)
        elif isinstance(n, ast.BinOp) and isinstance(n.op, ast.Add):
            self.wrap(n.left)
            self.wrap(n.right)
        elif isinstance(n, ast.Tuple) and len(n.elts) == 2:
            self.wrap(n.elts[1])

    def visit_ClassDef(self, n):
        self.stack.append(("class", n.name, False))
        self.generic_visit(n)
        self.stack.pop()

    def visit_FunctionDef(self, n):
        hs = bool(n.args.args) and n.args.args[0].arg == "self" and self.stack and self.stack[-1][0] == "class"
        hs = hs or any(k == "func" and h for k, _, h in self.stack)
        self.stack.append(("func", n.name, hs))
        self.generic_visit(n)
        self.stack.pop()

    def visit_Call(self, n):
        f = n.func
        name = (
            f.attr
            if isinstance(f, ast.Attribute)
            else (
                f.id
                if isinstance(f, ast.Name)
                else (f.value.id if isinstance(f, ast.Subscript) and isinstance(f.value, ast.Name) else None)
            )
        )
        if name == "set_tooltips":
            for a in n.args:
                if isinstance(a, ast.Tuple):
                    self.wrap(a.elts[1])
        elif name in CALLS:
            idx = CALLS[name]
            for i, a in enumerate(n.args):
                if idx is None or i in idx:
                    self.wrap(a)
            for k in n.keywords:
                if k.arg in KW:
                    self.wrap(k.value)
        self.generic_visit(n)

    def visit_For(self, n):
        tnames = [
            e.id for e in (n.target.elts if isinstance(n.target, ast.Tuple) else [n.target]) if isinstance(e, ast.Name)
        ]
        if isinstance(n.iter, (ast.Tuple, ast.List)) and isinstance(n.target, ast.Tuple):
            for i, e in enumerate(n.target.elts):
                if isinstance(e, ast.Name) and e.id in TIP_VARS:
                    for item in n.iter.elts:
                        if isinstance(item, ast.Tuple) and i < len(item.elts):
                            self.wrap(item.elts[i])
        self.generic_visit(n)


def main(path, ctx):
    src = open(path, encoding="utf-8").read()
    w = W(src, ctx)
    w.visit(ast.parse(src))
    b = src.encode("utf-8")
    seen = set()
    reps = []
    for n, t in w.reps:
        key = (n.lineno, n.col_offset)
        if key in seen:
            continue
        seen.add(key)
        reps.append((w.off(n.lineno, n.col_offset), w.off(n.end_lineno, n.end_col_offset), t))
    reps.sort(reverse=True)
    for s, e, t in reps:
        b = b[:s] + t.encode("utf-8") + b[e:]
    out = b.decode("utf-8")
    if (
        "QCoreApplication.translate(" in out
        and not re.search(r"import[^\n]*\bQCoreApplication\b", out)
        and "QCoreApplication," not in out
    ):
        out = out.replace(
            "from __future__ import annotations\n",
            "from __future__ import annotations\n\nfrom PySide6.QtCore import QCoreApplication\n",
            1,
        )
    open(path, "w", encoding="utf-8").write(out)
    print(path, len(reps))


if __name__ == "__main__":
    for p in sys.argv[1:]:
        main(p, os.path.splitext(os.path.basename(p))[0])
