<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="fr_FR" sourcelanguage="fr_FR">
<context>
    <name>ArticleListTools</name>
    <message>
        <location filename="../../app/ui/reviewed.py" line="76" />
        <source>Marques « relu » illisibles, mises de côté : {0}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/reviewed.py" line="86" />
        <source>Brouillons</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/reviewed.py" line="86" />
        <source>Seulement les brouillons</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/reviewed.py" line="87" />
        <source>Avec constats</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/reviewed.py" line="87" />
        <source>Seulement les articles à corriger</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/reviewed.py" line="88" />
        <source>Non relus</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/reviewed.py" line="88" />
        <source>Seulement les articles pas encore relus</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/reviewed.py" line="107" />
        <source>Marquer comme &amp;relu</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/reviewed.py" line="109" />
        <source>Marquer l'article comme relu, ou enlever la marque</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/reviewed.py" line="110" />
        <source>Article &amp;non relu suivant</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/reviewed.py" line="112" />
        <source>Article non relu pré&amp;cédent</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/reviewed.py" line="157" />
        <source>Impossible d'enregistrer la marque « relu » : {0}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/reviewed.py" line="161" />
        <source>Relu : {0}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/reviewed.py" line="161" />
        <source>Marque « relu » enlevée : {0}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/reviewed.py" line="179" />
        <source>Tous les articles de la liste sont relus</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/reviewed.py" line="190" />
        <source>Enlever la marque « relu »</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/reviewed.py" line="190" />
        <source>Marquer comme relu</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/reviewed.py" line="193" />
        <source>Copier le chemin du fichier</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>DiffDialog</name>
    <message>
        <location filename="../../app/ui/diff_dialog.py" line="56" />
        <source>Vérifier les modifications — {0}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/diff_dialog.py" line="62" />
        <source>Différences entre le fichier sur le disque et le texte en cours ({0} lignes modifiées) :</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/diff_dialog.py" line="65" />
        <source>Aucune modification par rapport au fichier sur le disque.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/diff_dialog.py" line="74" />
        <source>Enregistrer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/diff_dialog.py" line="77" />
        <source>Fermer</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <location filename="../../app/ui/find_replace.py" line="81" />
        <source>Rechercher</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/find_replace.py" line="85" />
        <source>Remplacer par</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/find_replace.py" line="89" />
        <source>Occurrence précédente (Maj+F3)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/find_replace.py" line="92" />
        <source>Occurrence suivante (F3)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/find_replace.py" line="95" />
        <source>Remplacer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/find_replace.py" line="96" />
        <source>Tout remplacer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/find_replace.py" line="99" />
        <source>Fermer la barre de recherche (Échap)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/find_replace.py" line="184" />
        <source>Aucun résultat</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/find_replace.py" line="186" />
        <source>{0} sur {1}</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/find_replace.py" line="188" />
        <source>%n résultat(s)</source>
        <translation><numerusform>%n résultat</numerusform><numerusform>%n résultats</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/find_replace.py" line="257" />
        <source>%n remplacement(s)</source>
        <translation><numerusform>%n remplacement</numerusform><numerusform>%n remplacements</numerusform></translation>
    </message>
</context>
<context>
    <name>FindReplace</name>
    <message>
        <location filename="../../app/ui/find_replace.py" line="673" />
        <source>&amp;Rechercher…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/find_replace.py" line="674" />
        <source>Occurrence &amp;suivante</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/find_replace.py" line="676" />
        <source>Occurrence &amp;précédente</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/find_replace.py" line="678" />
        <source>Re&amp;mplacer…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/find_replace.py" line="680" />
        <source>Rechercher et remplacer dans le &amp;dossier…</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>FindingsController</name>
    <message>
        <location filename="../../app/ui/findings_panel.py" line="670" />
        <source>&amp;Constats</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/findings_panel.py" line="683" />
        <source>Constat &amp;suivant</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/findings_panel.py" line="684" />
        <source>Constat &amp;précédent</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/findings_panel.py" line="686" />
        <source>&amp;Appliquer la correction</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/findings_panel.py" line="689" />
        <source>Réparer tout l'&amp;article</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/findings_panel.py" line="691" />
        <source>Réparer tout le &amp;dossier…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/findings_panel.py" line="720" />
        <source>Les constats se mettent à jour : réessayez dans un instant.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/findings_panel.py" line="759" />
        <source>Aucun constat dans cet article</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/findings_panel.py" line="813" />
        <source>Aucune correction proposée pour « {0} »</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/findings_panel.py" line="877" />
        <source>Aucune réparation d'encodage sûre dans cet article</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/findings_panel.py" line="883" />
        <source>{0} réparation(s) d'encodage appliquée(s) — Ctrl+Z pour annuler</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/findings_panel.py" line="942" />
        <source>Suggestions : {0}</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>FindingsModel</name>
    <message>
        <location filename="../../app/ui/findings_panel.py" line="278" />
        <source>{0}  (à vérifier)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/findings_panel.py" line="285" />
        <source>Suggestions : {0}</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>FindingsPanel</name>
    <message>
        <location filename="../../app/ui/findings_panel.py" line="407" />
        <source>Liste des constats</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/findings_panel.py" line="430" />
        <source>Constats d'encodage par motif</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/findings_panel.py" line="439" />
        <source>Réparer tous ceux-ci</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/findings_panel.py" line="442" />
        <source>Réparer toutes les occurrences du motif choisi (une seule annulation)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/findings_panel.py" line="457" />
        <source>Liste</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/findings_panel.py" line="458" />
        <source>Par motif</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/findings_panel.py" line="462" />
        <source>Type de constats affichés</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/findings_panel.py" line="467" />
        <source>Réparer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/findings_panel.py" line="469" />
        <source>Appliquer la correction des constats choisis (Ctrl+Entrée)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/findings_panel.py" line="470" />
        <source>Réparer tout l'article</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/findings_panel.py" line="473" />
        <source>Réparer tous les défauts d'encodage sûrs de l'article (une seule annulation ; les résidus restent à corriger à la main)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/findings_panel.py" line="476" />
        <source>Réparer tout le dossier…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/findings_panel.py" line="479" />
        <source>Revoir puis appliquer les réparations d'encodage de tout le dossier</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/findings_panel.py" line="484" />
        <source>Afficher :</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/findings_panel.py" line="586" />
        <source>Aucun constat</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/findings_panel.py" line="588" />
        <source>{0} constat(s)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/findings_panel.py" line="590" />
        <source>{0} réparation(s) d'encodage sûre(s)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/findings_panel.py" line="592" />
        <source>{0} résidu(s) à corriger à la main</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/findings_panel.py" line="597" />
        <source>{0} motif(s) réparable(s)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/findings_panel.py" line="599" />
        <source>Aucun défaut d'encodage</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>FolderRepairDialog</name>
    <message>
        <location filename="../../app/ui/folder_repair.py" line="126" />
        <source>Réparer l'encodage de tout le dossier</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/folder_repair.py" line="132" />
        <source>Seules les réparations sûres sont proposées ; les résidus (octets perdus à l'export) restent à corriger à la main. Les articles ouverts sont modifiés dans l'éditeur (Ctrl+Z les annule) ; les autres sont enregistrés dans leur encodage d'origine.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/folder_repair.py" line="139" />
        <source>Analyse %v / %m</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/folder_repair.py" line="142" />
        <source>Fichiers à réparer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/folder_repair.py" line="145" />
        <source>Fichier</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/folder_repair.py" line="145" />
        <source>Réparations</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/folder_repair.py" line="145" />
        <source>Résidus</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/folder_repair.py" line="145" />
        <source>État</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/folder_repair.py" line="155" />
        <source>Choisissez un fichier pour voir ses modifications.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/folder_repair.py" line="167" />
        <source>Tout cocher</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/folder_repair.py" line="168" />
        <source>Tout décocher</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/folder_repair.py" line="170" />
        <location filename="../../app/ui/folder_repair.py" line="297" />
        <source>Appliquer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/folder_repair.py" line="173" />
        <source>Annuler</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/folder_repair.py" line="205" />
        <source>Analyse de {0} article(s)…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/folder_repair.py" line="209" />
        <source>Analyse impossible : {0}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/folder_repair.py" line="236" />
        <source>ouvert</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/folder_repair.py" line="238" />
        <source>Ouvert dans l'éditeur : modifié dans la fenêtre, à enregistrer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/folder_repair.py" line="247" />
        <source>Aucun défaut d'encodage réparable dans les {0} article(s).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/folder_repair.py" line="250" />
        <source>{0} réparation(s) dans {1} article(s) ; {2} article(s) sans défaut.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/folder_repair.py" line="254" />
        <source>{0} résidu(s) resteront à corriger à la main.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/folder_repair.py" line="266" />
        <source>erreur</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/folder_repair.py" line="297" />
        <source>Appliquer ({0})</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/folder_repair.py" line="317" />
        <source>réparé</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/folder_repair.py" line="324" />
        <source>{0} article(s) réparé(s) ; {1} en erreur (voir la colonne État ; rien n'a été perdu).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/folder_repair.py" line="329" />
        <source>Encodage réparé dans {0} article(s)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>FolderReplaceDialog</name>
    <message>
        <location filename="../../app/ui/find_replace.py" line="326" />
        <source>Rechercher et remplacer dans le dossier</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/find_replace.py" line="332" />
        <location filename="../../app/ui/find_replace.py" line="336" />
        <source>Rechercher</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/find_replace.py" line="334" />
        <source>Remplacer par</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/find_replace.py" line="345" />
        <source>Article / occurrence</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/find_replace.py" line="345" />
        <source>Ligne</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/find_replace.py" line="345" />
        <source>Contexte</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/find_replace.py" line="356" />
        <source>Appliquer les remplacements cochés</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/find_replace.py" line="362" />
        <source>Rechercher :</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/find_replace.py" line="365" />
        <source>Remplacer par :</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/find_replace.py" line="406" />
        <source>Aucun article ouvert</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/find_replace.py" line="413" />
        <source>Recherche %v / %m</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/find_replace.py" line="415" />
        <source>Recherche en cours…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/find_replace.py" line="449" />
        <source>{0} ({1})</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/find_replace.py" line="451" />
        <source> — ouvert</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/find_replace.py" line="472" />
        <source>{0} occurrence(s) dans {1} article(s)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/find_replace.py" line="474" />
        <source> ; {0} article(s) illisible(s)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/find_replace.py" line="484" />
        <source>La recherche a échoué : {0}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/find_replace.py" line="503" />
        <source>Aucun remplacement coché</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/find_replace.py" line="560" />
        <source>« {0} » a changé depuis la recherche : rien n'a été remplacé</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/find_replace.py" line="568" />
        <source>« {0} » : ouvert pendant la recherche, relancez-la</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/find_replace.py" line="573" />
        <source>« {0} » a été modifié sur le disque depuis la recherche : rien n'a été remplacé</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/find_replace.py" line="583" />
        <source>{0} remplacement(s) : {1} fichier(s) enregistré(s), {2} article(s) ouvert(s) modifié(s) (annulable, à enregistrer)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/find_replace.py" line="587" />
        <source>Non appliqué :</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>FrontMatterForm</name>
    <message>
        <location filename="../../app/ui/front_matter_form.py" line="691" />
        <source>&lt;b&gt;Front matter illisible&lt;/b&gt; — le formulaire est désactivé</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/front_matter_form.py" line="697" />
        <source>Aller à l'erreur</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/front_matter_form.py" line="716" />
        <source>Ajouter un front matter</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/front_matter_form.py" line="794" />
        <source>Cet article n'a pas de front matter.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/front_matter_form.py" line="801" />
        <source>Front matter JSON : affiché en lecture seule. Modifiez-le dans le texte brut.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/front_matter_form.py" line="889" />
        <source>« {0} » est absent de cet article : une valeur saisie crée la clé</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/front_matter_form.py" line="932" />
        <source>Sans titre</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>GroupsModel</name>
    <message>
        <location filename="../../app/ui/findings_panel.py" line="348" />
        <source>Motif</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/findings_panel.py" line="348" />
        <source>Occurrences</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/findings_panel.py" line="357" />
        <source>{0} → ? (octet perdu, à corriger à la main)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../app/ui/main_window.py" line="89" />
        <source>Filtrer : titre, tag, fichier…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="93" />
        <source>Liste des articles</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="114" />
        <source>Articles</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="130" />
        <source>Métadonnées</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="137" />
        <source>Constats</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="176" />
        <source>&amp;Ouvrir un dossier…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="179" />
        <source>Ouvrir un &amp;article…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="182" />
        <source>&amp;Enregistrer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="184" />
        <source>Enregistrer &amp;sous…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="186" />
        <source>&amp;Tout enregistrer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="189" />
        <source>&amp;Vérifier les modifications…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="190" />
        <source>Voir les différences entre le fichier sur le disque et le texte en cours</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="192" />
        <source>&amp;Quitter</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="194" />
        <source>&amp;Annuler</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="197" />
        <source>&amp;Rétablir</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="202" />
        <source>Article &amp;suivant</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="205" />
        <source>Article &amp;précédent</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="207" />
        <source>À &amp;propos de Relecture</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="211" />
        <source>&amp;Fichier</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="215" />
        <source>É&amp;dition</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="218" />
        <source>&amp;Aller</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="222" />
        <source>&amp;Affichage</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="225" />
        <source>Aid&amp;e</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="227" />
        <source>Barre d'outils</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="274" />
        <source>Introuvable : {0}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="276" />
        <source>ouvrir un autre dossier</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="297" />
        <source>Aucun article (.md, .markdown, .txt) dans ce dossier</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="304" />
        <source>Analyse %v / %m</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="338" />
        <source>L'analyse du dossier a échoué : {0}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="451" />
        <source>Vérification impossible : {0}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="521" />
        <source>Enregistrement impossible : {0}
Vos modifications sont conservées dans la fenêtre.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="524" />
        <source>Enregistré : {0}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="535" />
        <source>Enregistrer sous</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="566" />
        <source>Modifications non enregistrées</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="567" />
        <source>Ces articles ont des modifications non enregistrées :
{0}

Les enregistrer avant de {1} ?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="578" />
        <source>quitter</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="588" />
        <source>Ouvrir un dossier d'articles</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="596" />
        <source>Ouvrir un article</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="598" />
        <source>Articles (*.md *.markdown *.txt);;Tous les fichiers (*)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="604" />
        <source>À propos de Relecture</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="605" />
        <source>&lt;h3&gt;Relecture {0}&lt;/h3&gt;&lt;p&gt;Relire, réparer et corriger des articles Markdown français, hors ligne.&lt;/p&gt;</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="611" />
        <source>Relecture</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="638" />
        <source>Ligne {0}, col. {1}</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/main_window.py" line="648" />
        <source>%n mot(s)</source>
        <translation><numerusform>%n mot</numerusform><numerusform>%n mots</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/main_window.py" line="648" />
        <source>%n min de lecture</source>
        <translation><numerusform>%n min de lecture</numerusform><numerusform>%n min de lecture</numerusform></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="650" />
        <source>encodage</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="650" />
        <source>résidus d'encodage</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="651" />
        <source>orthographe</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="651" />
        <source>métadonnées</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="652" />
        <source>typographie</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Preferences</name>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="119" />
        <source>&amp;Préférences…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="127" />
        <source>Dossiers &amp;récents</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="178" />
        <source>(aucun)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="182" />
        <source>Effacer la liste</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Preview</name>
    <message>
        <location filename="../../app/ui/preview.py" line="22" />
        <source>Aperçu de l'article</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>RawEditor</name>
    <message>
        <location filename="../../app/ui/raw_editor.py" line="34" />
        <source>Texte source de l'article</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="36" />
        <source>Préférences</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="37" />
        <source>Accepter aussi les mots anglais courants</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="38" />
        <source>Dictionnaire secondaire : product owner, scrum, squad…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="39" />
        <source>Vérifier la typographie française</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="41" />
        <source>Espaces insécables avant ; : ! ? et dans « », apostrophe ’, points de suspension …, espaces doubles</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="46" />
        <location filename="../../app/ui/settings_dialog.py" line="49" />
        <source> caractères</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="54" />
        <source> pt</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="56" />
        <source>Vérifications</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="60" />
        <source>Titre SEO, au plus :</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="61" />
        <source>Description SEO, au plus :</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="62" />
        <source>Éditeur</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="64" />
        <source>Police :</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="65" />
        <source>Taille :</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SpellingController</name>
    <message>
        <location filename="../../app/ui/spelling_menu.py" line="56" />
        <source>Accepter les mots anglais</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/spelling_menu.py" line="61" />
        <source>Ne pas souligner les mots anglais courants (product owner, scrum, squad…)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/spelling_menu.py" line="81" />
        <source>Dictionnaire illisible : {0} ({1})</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/spelling_menu.py" line="99" />
        <source>Correcteur indisponible : {0}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/spelling_menu.py" line="155" />
        <source>Impossible d'ajouter « {0} » à {1} : {2}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/spelling_menu.py" line="158" />
        <source>« {0} » ajouté à {1}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/spelling_menu.py" line="210" />
        <source>(aucune suggestion)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/spelling_menu.py" line="213" />
        <source>Ajouter à mon dictionnaire</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/spelling_menu.py" line="217" />
        <source>Ajouter au dictionnaire du dossier</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/spelling_menu.py" line="221" />
        <source>Ignorer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/spelling_menu.py" line="223" />
        <source>Ne plus signaler ce mot jusqu'à la fermeture de Relecture</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>TagChip</name>
    <message>
        <location filename="../../app/ui/tag_editor.py" line="104" />
        <location filename="../../app/ui/tag_editor.py" line="105" />
        <source>Retirer « {0} »</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>TagEditor</name>
    <message>
        <location filename="../../app/ui/tag_editor.py" line="131" />
        <source>Ajouter une étiquette…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/tag_editor.py" line="132" />
        <source>Nouvelle étiquette</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>_AddButton</name>
    <message>
        <location filename="../../app/ui/front_matter_form.py" line="511" />
        <source>＋ Ajouter</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/front_matter_form.py" line="513" />
        <source>Ajouter la clé « {0} » à cet article</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>_BoolEditor</name>
    <message>
        <location filename="../../app/ui/front_matter_form.py" line="372" />
        <source>oui</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/front_matter_form.py" line="372" />
        <source>non</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>_Options</name>
    <message>
        <location filename="../../app/ui/find_replace.py" line="54" />
        <source>Casse</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/find_replace.py" line="55" />
        <source>Respecter les majuscules et minuscules</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/find_replace.py" line="56" />
        <source>Mot entier</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/find_replace.py" line="57" />
        <source>Expression régulière</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/find_replace.py" line="58" />
        <source>Syntaxe Python ; dans le remplacement, \1 ou \g&lt;nom&gt; pour un groupe</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>_Row</name>
    <message>
        <location filename="../../app/ui/front_matter_form.py" line="599" />
        <source>absent — saisir une valeur pour l'ajouter</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/front_matter_form.py" line="601" />
        <source>absent — ajouter une étiquette pour créer la clé</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/front_matter_form.py" line="626" />
        <source>{0} caractères sur {1} au maximum</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>window</name>
    <message>
        <location filename="../../app/ui/folder_repair.py" line="368" />
        <source>Aucun article ouvert</source>
        <translation type="unfinished" />
    </message>
</context>
</TS>