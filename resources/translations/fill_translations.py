"""Fill the .ts files after pyside6-lupdate: English strings (unknown ones stay unfinished) and French plurals.

    python resources/translations/fill_translations.py

The French source strings are the interface's reference; the English list is the proof that another language
plugs in. French needs a .qm only for plural forms ("1 mot", "2 mots").
"""

from __future__ import annotations

import sys
import xml.etree.ElementTree as ET
from pathlib import Path

EN = {
    # Menus
    "&Fichier": "&File", "É&dition": "&Edit", "&Aller": "&Go", "&Affichage": "&View", "Aid&e": "&Help",
    "&Constats": "F&indings", "Barre d'outils": "Toolbar",
    # File menu
    "&Ouvrir un dossier…": "&Open Folder…", "Ouvrir un &article…": "Open &Article…", "&Enregistrer": "&Save",
    "Enregistrer &sous…": "Save &As…", "&Tout enregistrer": "Save A&ll", "&Quitter": "&Quit",
    "&Vérifier les modifications…": "&Review Changes…", "Dossiers &récents": "&Recent Folders",
    "(aucun)": "(none)", "Effacer la liste": "Clear List",
    # Edit menu
    "&Annuler": "&Undo", "&Rétablir": "&Redo", "&Préférences…": "&Preferences…",
    "&Rechercher…": "&Find…", "Occurrence &suivante": "Find &Next", "Occurrence &précédente": "Find &Previous",
    "Re&mplacer…": "Re&place…", "Rechercher et remplacer dans le &dossier…": "Find and Replace in &Folder…",
    "Marquer comme &relu": "Mark as &Reviewed",
    # Go menu
    "Article &suivant": "&Next Article", "Article &précédent": "&Previous Article",
    "Article &non relu suivant": "Next &Unreviewed Article",
    "Article non relu pré&cédent": "Previous Unre&viewed Article",
    "Constat &suivant": "&Next Finding", "Constat &précédent": "&Previous Finding",
    # Help
    "À &propos de Relecture": "&About Relecture",
    # Docks and list
    "Articles": "Articles", "Métadonnées": "Metadata", "Constats": "Findings",
    "Supprimer le champ": "Remove Field",
    "Supprimer le champ « {0} » du front matter": "Remove the field “{0}” from the front matter",
    "Filtrer : titre, tag, fichier…": "Filter: title, tag, file…", "Liste des articles": "Article list",
    "Brouillons": "Drafts", "Avec constats": "With findings", "Non relus": "Not reviewed",
    "Seulement les brouillons": "Drafts only", "Seulement les articles à corriger": "Only articles to fix",
    "Seulement les articles pas encore relus": "Only articles not reviewed yet",
    "Marquer comme relu": "Mark as reviewed", "Enlever la marque « relu »": "Remove the reviewed mark",
    "Copier le chemin du fichier": "Copy file path",
    # Find bar and folder dialog
    "Rechercher": "Find", "Remplacer par": "Replace with", "Remplacer": "Replace", "Tout remplacer": "Replace All",
    "Casse": "Case", "Mot entier": "Whole word", "Expression régulière": "Regular expression",
    "Aucun résultat": "No results", "{0} sur {1}": "{0} of {1}",
    "Rechercher et remplacer dans le dossier": "Find and Replace in Folder",
    "Rechercher :": "Find:", "Remplacer par :": "Replace with:",
    "Article / occurrence": "Article / match", "Ligne": "Line", "Contexte": "Context",
    "Appliquer les remplacements cochés": "Apply Checked Replacements",
    # Preferences
    "Préférences": "Preferences", "Vérifications": "Checks", "Éditeur": "Editor", "Police :": "Font:",
    "Taille :": "Size:", "Accepter aussi les mots anglais courants": "Also accept common English words",
    "Vérifier la typographie française": "Check French typography",
    "Titre SEO, au plus :": "SEO title, at most:", "Description SEO, au plus :": "SEO description, at most:",
    " caractères": " characters",
    # Status bar
    "Ligne {0}, col. {1}": "Line {0}, col. {1}", "encodage": "encoding", "orthographe": "spelling",
    "métadonnées": "metadata", "typographie": "typography", "résidus d'encodage": "encoding residues",
}
PLURALS_FR = {
    "%n mot(s)": ("%n mot", "%n mots"),
    "%n min de lecture": ("%n min de lecture", "%n min de lecture"),
    "%n résultat(s)": ("%n résultat", "%n résultats"),
    "%n remplacement(s)": ("%n remplacement", "%n remplacements"),
}
PLURALS = {
    "%n mot(s)": ("%n word", "%n words"),
    "%n min de lecture": ("%n min read", "%n min read"),
    "%n résultat(s)": ("%n result", "%n results"),
    "%n remplacement(s)": ("%n replacement", "%n replacements"),
}


def fill(ts: Path, words: dict[str, str], plurals: dict[str, tuple[str, str]]) -> None:
    tree = ET.parse(ts)
    done = 0
    for message in tree.iter("message"):
        source = message.findtext("source") or ""
        tr = message.find("translation")
        if tr is None:
            continue
        if source in words:
            tr.text = words[source]
        elif source in plurals and message.get("numerus") == "yes":
            for child in list(tr):
                tr.remove(child)
            tr.text = None
            for form in plurals[source]:
                ET.SubElement(tr, "numerusform").text = form
        else:
            continue
        tr.attrib.pop("type", None)  # finished
        done += 1
    tree.write(ts, encoding="utf-8", xml_declaration=True)
    print(f"{ts.name}: {done} translation(s)")


def main() -> int:
    here = Path(__file__).parent
    fill(here / "relecture_en.ts", EN, PLURALS)
    fill(here / "relecture_fr.ts", {}, PLURALS_FR)
    return 0


if __name__ == "__main__":
    sys.exit(main())
