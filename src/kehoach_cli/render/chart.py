"""The report's one picture: on-time rate per row of the statistics, as a horizontal bar chart.

Drawn with matplotlib (Agg, no display needed) in black, grey and a hatch, so that it reads
the same printed in black and white; each bar carries its percentage, so no colour or legend
is needed to read it.  PNG for Word, SVG (text kept as text) for HTML.  Output is
reproducible: no dates or random ids in the files.
"""

from __future__ import annotations

from io import BytesIO
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from kehoach_cli.drafts.reportdata import ChartData

FONTS = ["Times New Roman", "Liberation Serif", "DejaVu Serif"]
WIDTH_IN = 6.3  # about the 165 mm text width of an A4 page under Nghị định 30/2020
ROW_IN = 0.22


def _figure(data: ChartData) -> Any:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt
    from matplotlib import font_manager

    # Only fonts this machine has, so matplotlib falls back glyph by glyph (an older Liberation
    # Serif lacks "ộ", "ụ": DejaVu Serif, shipped with matplotlib, draws them) and warns of none.
    known = {f.name for f in font_manager.fontManager.ttflist}
    fonts = [f for f in FONTS if f in known] or ["DejaVu Serif"]
    plt.rcParams.update({"font.family": fonts, "font.serif": fonts, "font.size": 9,
                         "svg.fonttype": "none", "svg.hashsalt": "kehoach"})
    rates = [0.0 if r is None else r * 100 for r in data.rates]
    labels = [_wrap(label) for label in data.labels]
    height = 0.8 + ROW_IN * len(labels)
    fig, ax = plt.subplots(figsize=(WIDTH_IN, height), dpi=150)
    y = list(range(len(labels)))
    ax.barh(y, [100.0] * len(y), color="white", edgecolor="#999999", linewidth=0.5, height=0.6)
    ax.barh(y, rates, color="#bbbbbb", edgecolor="black", hatch="///", linewidth=0.6,
            height=0.6)
    for yi, value in zip(y, rates, strict=True):
        ax.text(min(value, 100) + 1.5, yi, f"{value:.0f}%".replace(".", ","), va="center",
                fontsize=8.5)
    ax.set_yticks(y, labels)
    ax.invert_yaxis()
    ax.set_xlim(0, 112)
    ax.set_xticks([0, 25, 50, 75, 100], ["0%", "25%", "50%", "75%", "100%"])
    ax.set_title(data.title, fontsize=10, fontweight="bold")
    for side in ("top", "right"):
        ax.spines[side].set_visible(False)
    fig.tight_layout()
    return fig


def _wrap(label: str, width: int = 38) -> str:
    words, lines, line = label.split(), [], ""
    for word in words:
        if line and len(line) + 1 + len(word) > width:
            lines.append(line)
            line = word
        else:
            line = f"{line} {word}".strip()
    return "\n".join([*lines, line])


def chart_png(data: ChartData) -> bytes:
    import matplotlib.pyplot as plt

    fig = _figure(data)
    out = BytesIO()
    fig.savefig(out, format="png", metadata={"Software": None})
    plt.close(fig)
    return out.getvalue()


def chart_svg(data: ChartData) -> str:
    import matplotlib.pyplot as plt

    fig = _figure(data)
    out = BytesIO()
    fig.savefig(out, format="svg", metadata={"Date": None, "Creator": None})
    plt.close(fig)
    text = out.getvalue().decode("utf-8")
    return text[text.index("<svg"):].strip()
