"""The cue lexicons match traditional texts as they match simplified ones."""

from __future__ import annotations

import pytest

from policyextract.lexicon import cues
from policyextract.modality import fold


def _cue_characters() -> set[str]:
    characters: set[str] = set()
    for value in vars(cues).values():
        if isinstance(value, tuple):
            for word in value:
                characters.update(word)
    return {character for character in characters if "\u4e00" <= character <= "\u9fff"}


def test_fold_keeps_length_and_leaves_simplified_text_alone() -> None:
    simplified = "预计明年将新建学校3所，确保入学率达到98%，计划招生1200人"
    assert fold(simplified) == simplified
    traditional = "預計明年將新建學校3所，確保入學率達到98%，計畫招生1200人"
    assert len(fold(traditional)) == len(traditional)
    assert fold(traditional) == simplified


def test_every_cue_character_folds_back_from_its_opencc_traditional_forms() -> None:
    opencc = pytest.importorskip("opencc")
    missing = []
    for config in ("s2t", "s2tw", "s2hk"):
        converter = opencc.OpenCC(config)
        for character in sorted(_cue_characters()):
            converted = converter.convert(character)
            if len(converted) == 1 and fold(converted) != character:
                missing.append((config, character, converted))
    assert not missing, f"add to TRADITIONAL_CUE_CHARACTERS: {missing}"
