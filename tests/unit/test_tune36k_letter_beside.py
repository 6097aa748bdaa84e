"""A proposal lists its partner's letter of support among what comes with it (an attachments line, an enclosure, "the
attached letter", in French "Pièce jointe : lettre d'appui", "la lettre d'appui est jointe"): it is not a letter of
support for that. A letter that supports still is one."""
from mailbot_parsers.classify import is_letter_of_support


def test_an_attachments_line_names_the_letter_beside_a_proposal() -> None:
    text = ("Subject: Responding to wound care\nAttachments: Harbour letter of support.pdf\n\nGood morning,\n"
            "Please find the details below.\n\nKind regards,\nA. Writer")
    assert not is_letter_of_support(text)


def test_an_enclosure_line_and_the_attached_letter() -> None:
    text = ("Enclosure: letter of support\n\nDear colleagues,\nThe clinic signed the attached letter of support.\n"
            "Sincerely,\nA. Writer")
    assert not is_letter_of_support(text)


def test_a_french_proposal_names_the_letter_it_sends() -> None:
    text = ("Objet : cours\nPièce jointe : lettre d'appui\n\nMadame, Monsieur,\nLa Fondation appuie le projet ; la lettre "
            "d'appui est jointe.\nVeuillez agréer nos salutations distinguées.")
    assert not is_letter_of_support(text)


def test_a_letter_of_support_still_is_one() -> None:
    assert is_letter_of_support("To whom it may concern,\nWe are pleased to support the course.\nSincerely,\nB. Partner")
    assert is_letter_of_support("Lettre d'appui\n\nMadame,\nNous sommes heureux d'appuyer ce projet.\nCordialement,\nB.")
