"""File names from data (issue 19): one function makes them, and they stay in the chosen folder."""

import os

import pytest

from hrdesk.documents.file_names import MAX_LENGTH, output_path, safe_file_name


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("工资条_2026-10_E0001_../../../ESCAPED.pdf", "工资条_2026-10_E0001_______ESCAPED.pdf"),
        ("对账函_..\\..\\C1_2026-06-30.pdf", "对账函_____C1_2026-06-30.pdf"),
        ("CON.pdf", "_CON.pdf"),
        ("nul", "_nul"),
        ("com1.txt", "_com1.txt"),
        ("LPT9.x.pdf", "_LPT9.x.pdf"),
        ("a\x00b\nc\u202e.pdf", "a_b_c_.pdf"),  # control and bidi-override characters
        ('a:b*c?"<>|.pdf', "a_b_c_____.pdf"),
        ("名字. . ", "名字"),  # Windows drops trailing dots and spaces
        (".hidden", "hidden"),
        ("..", "_"),
        ("", "_"),
    ],
)
def test_names_from_data_become_one_harmless_file_name(name, expected):
    assert safe_file_name(name) == expected


def test_a_long_name_is_cut_and_keeps_its_suffix():
    made = safe_file_name("工资条_" + "长" * 400 + ".pdf")
    assert len(made) == MAX_LENGTH and made.endswith("长.pdf")


def test_the_path_stays_in_the_folder(tmp_path):
    target = output_path(tmp_path, "../../../ESCAPED.pdf")
    assert target.parent == tmp_path and target.name == "______ESCAPED.pdf"


@pytest.mark.skipif(os.name == "nt", reason="symbolic links need rights on Windows")
def test_a_link_in_the_folder_pointing_away_is_refused(tmp_path):
    outside = tmp_path / "outside"
    folder = tmp_path / "chosen"
    outside.mkdir()
    folder.mkdir()
    (folder / "E1.pdf").symlink_to(outside / "E1.pdf")
    with pytest.raises(ValueError, match="所选文件夹"):
        output_path(folder, "E1.pdf")
