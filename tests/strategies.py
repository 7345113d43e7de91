"""Hypothesis strategies shared by the importer tests: whatever a user might upload, and
valid files damaged in the ways people and programs damage them."""

from hypothesis import strategies as st


def upload_bytes(max_size: int = 3000) -> st.SearchStrategy[bytes]:
    """Any bytes, and any text as UTF-8 (which reaches further into the parsers)."""
    return st.one_of(st.binary(max_size=max_size), st.text(max_size=max_size).map(str.encode))


@st.composite
def mutated_grid(
    draw,
    grid: list[list[str]],
    cell_text: st.SearchStrategy[str],
    *,
    max_cut: int = 25,
    min_edits: int = 1,
) -> list[list[str]]:
    """``grid`` (rows of cells) after a few edits (``min_edits`` to six): a cell replaced, a
    row dropped, copied or cut short, a cell added at the end of a row, two cells swapped."""
    grid = [list(row) for row in grid]
    for _ in range(draw(st.integers(min_value=min_edits, max_value=6))):
        target = draw(st.integers(min_value=0, max_value=len(grid) - 1))
        action = draw(st.sampled_from(["set", "drop", "copy", "cut", "add", "swap"]))
        if action == "set" and grid[target]:
            column = draw(st.integers(min_value=0, max_value=len(grid[target]) - 1))
            grid[target][column] = draw(cell_text)
        elif action == "drop" and len(grid) > 1:
            del grid[target]
        elif action == "copy":
            grid.append(list(grid[target]))
        elif action == "cut":
            grid[target] = grid[target][: draw(st.integers(min_value=0, max_value=max_cut))]
        elif action == "add":
            grid[target].append(draw(cell_text))
        elif action == "swap" and len(grid[target]) > 1:
            first, second = draw(st.permutations(range(len(grid[target]))))[:2]
            grid[target][first], grid[target][second] = grid[target][second], grid[target][first]
    return grid


@st.composite
def with_text_inserted(draw, text: str, max_size: int = 10) -> str:
    """``text``, sometimes with a few arbitrary characters inserted somewhere."""
    if not draw(st.booleans()):
        return text
    position = draw(st.integers(min_value=0, max_value=len(text)))
    return text[:position] + draw(st.text(max_size=max_size)) + text[position:]


@st.composite
def mutated_lines(draw, text: str, line_text: st.SearchStrategy[str]) -> str:
    """``text`` with lines replaced, dropped, repeated, cut or appended to: for line-based
    formats such as YAML, where every line carries meaning."""
    grid = draw(mutated_grid([[line] for line in text.splitlines()], line_text, max_cut=1))
    return draw(with_text_inserted("\n".join("".join(row) for row in grid) + "\n"))
