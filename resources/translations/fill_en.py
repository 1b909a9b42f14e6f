"""Fill relecture_en.ts with the English strings below (run after pyside6-lupdate; unknown strings stay unfinished).

    python resources/translations/fill_en.py

The French source strings are the interface's reference; this list is the proof that another language plugs in.
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
PLURALS = {
    "%n mot(s)": ("%n word", "%n words"),
    "%n min de lecture": ("%n min read", "%n min read"),
    "%n résultat(s)": ("%n result", "%n results"),
    "%n remplacement(s)": ("%n replacement", "%n replacements"),
}


def main(ts: Path) -> int:
    tree = ET.parse(ts)
    done = 0
    for message in tree.iter("message"):
        source = message.findtext("source") or ""
        tr = message.find("translation")
        if tr is None:
            continue
        if source in EN:
            tr.text = EN[source]
        elif source in PLURALS and message.get("numerus") == "yes":
            for child in list(tr):
                tr.remove(child)
            tr.text = None
            for form in PLURALS[source]:
                ET.SubElement(tr, "numerusform").text = form
        else:
            continue
        tr.attrib.pop("type", None)  # finished
        done += 1
    tree.write(ts, encoding="utf-8", xml_declaration=True)
    print(f"{ts.name}: {done} translation(s)")
    return 0


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).with_name("relecture_en.ts")))
