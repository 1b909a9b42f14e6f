<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_GB" sourcelanguage="fr_FR">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../app/ui/about_dialog.py" line="97" />
        <source>À propos de Relecture</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/about_dialog.py" line="107" />
        <source>&lt;h2&gt;Relecture {0}&lt;/h2&gt;</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/about_dialog.py" line="110" />
        <source>Relire, réparer et corriger des articles Markdown français.&lt;br&gt;Fonctionne entièrement hors ligne : aucune donnée ne quitte l'ordinateur.&lt;br&gt;Relecture est distribué sous licence MIT.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/about_dialog.py" line="125" />
        <source>Composant</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/about_dialog.py" line="125" />
        <source>Version</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/about_dialog.py" line="125" />
        <source>Licence</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/about_dialog.py" line="126" />
        <source>Rôle</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/about_dialog.py" line="142" />
        <source>&lt;b&gt;Composants et données fournis avec Relecture&lt;/b&gt; (choisir une ligne pour lire sa licence)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/about_dialog.py" line="161" />
        <source>Texte de licence introuvable : {0}</source>
        <translation type="unfinished" />
    </message>
</context>
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
        <translation>Drafts</translation>
    </message>
    <message>
        <location filename="../../app/ui/reviewed.py" line="86" />
        <source>Seulement les brouillons</source>
        <translation>Drafts only</translation>
    </message>
    <message>
        <location filename="../../app/ui/reviewed.py" line="87" />
        <source>Avec constats</source>
        <translation>With findings</translation>
    </message>
    <message>
        <location filename="../../app/ui/reviewed.py" line="87" />
        <source>Seulement les articles à corriger</source>
        <translation>Only articles to fix</translation>
    </message>
    <message>
        <location filename="../../app/ui/reviewed.py" line="88" />
        <source>Non relus</source>
        <translation>Not reviewed</translation>
    </message>
    <message>
        <location filename="../../app/ui/reviewed.py" line="88" />
        <source>Seulement les articles pas encore relus</source>
        <translation>Only articles not reviewed yet</translation>
    </message>
    <message>
        <location filename="../../app/ui/reviewed.py" line="107" />
        <source>Marquer comme &amp;relu</source>
        <translation>Mark as &amp;Reviewed</translation>
    </message>
    <message>
        <location filename="../../app/ui/reviewed.py" line="109" />
        <source>Marquer l'article comme relu, ou enlever la marque</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/reviewed.py" line="110" />
        <source>Article &amp;non relu suivant</source>
        <translation>Next &amp;Unreviewed Article</translation>
    </message>
    <message>
        <location filename="../../app/ui/reviewed.py" line="112" />
        <source>Article non relu pré&amp;cédent</source>
        <translation>Previous Unre&amp;viewed Article</translation>
    </message>
    <message>
        <location filename="../../app/ui/reviewed.py" line="159" />
        <source>Impossible d'enregistrer la marque « relu » : {0}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/reviewed.py" line="163" />
        <source>Relu : {0}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/reviewed.py" line="163" />
        <source>Marque « relu » enlevée : {0}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/reviewed.py" line="181" />
        <source>Tous les articles de la liste sont relus</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/reviewed.py" line="192" />
        <source>Enlever la marque « relu »</source>
        <translation>Remove the reviewed mark</translation>
    </message>
    <message>
        <location filename="../../app/ui/reviewed.py" line="192" />
        <source>Marquer comme relu</source>
        <translation>Mark as reviewed</translation>
    </message>
    <message>
        <location filename="../../app/ui/reviewed.py" line="195" />
        <source>Copier le chemin du fichier</source>
        <translation>Copy file path</translation>
    </message>
</context>
<context>
    <name>ArticleTableModel</name>
    <message>
        <location filename="../../app/ui/article_model.py" line="36" />
        <source>Titre</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/article_model.py" line="37" />
        <source>Date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/article_model.py" line="38" />
        <location filename="../../app/ui/article_model.py" line="47" />
        <source>Brouillon</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/article_model.py" line="39" />
        <source>Encodage</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/article_model.py" line="40" />
        <source>Fautes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/article_model.py" line="41" />
        <source>Méta.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/article_model.py" line="42" />
        <source>Relu</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/article_model.py" line="45" />
        <source>Titre (front matter, premier titre ou nom de fichier)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/article_model.py" line="46" />
        <source>Date de publication</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/article_model.py" line="48" />
        <source>Défauts d'encodage (mojibake)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/article_model.py" line="49" />
        <source>Fautes d'orthographe</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/article_model.py" line="50" />
        <source>Problèmes de front matter</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/article_model.py" line="51" />
        <source>Article relu</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>DiffDialog</name>
    <message>
        <location filename="../../app/ui/diff_dialog.py" line="79" />
        <source>Vérifier les modifications — {0}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/diff_dialog.py" line="87" />
        <source>Différences entre le fichier sur le disque et le texte en cours : {0} ligne(s) retirée(s), {1} ajoutée(s).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/diff_dialog.py" line="91" />
        <source>Aucune modification par rapport au fichier sur le disque.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/diff_dialog.py" line="101" />
        <source>Enregistrer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/diff_dialog.py" line="104" />
        <source>Fermer</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ExternalChangeDialog</name>
    <message>
        <location filename="../../app/ui/file_watcher.py" line="58" />
        <source>Fichier modifié sur le disque</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/file_watcher.py" line="60" />
        <source>« {0} » a été modifié sur le disque par un autre programme, et vous avez des modifications non enregistrées dans la fenêtre.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/file_watcher.py" line="63" />
        <source>Recharger</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/file_watcher.py" line="64" />
        <source>Remplacer le texte de la fenêtre par celui du disque (annulable)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/file_watcher.py" line="65" />
        <source>Garder mes modifications</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/file_watcher.py" line="66" />
        <source>Voir les différences</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/file_watcher.py" line="89" />
        <source>Aucune différence de texte.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>FileWatcher</name>
    <message>
        <location filename="../../app/ui/file_watcher.py" line="196" />
        <source>{0} — le texte de la fenêtre est conservé</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/file_watcher.py" line="208" />
        <source>« {0} » a changé sur le disque : rechargé</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/file_watcher.py" line="218" />
        <source>« {0} » a changé sur le disque alors que vous le modifiez</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/file_watcher.py" line="235" />
        <source>« {0} » rechargé depuis le disque</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/file_watcher.py" line="240" />
        <source>Modifications conservées ; l'enregistrement demandera confirmation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/file_watcher.py" line="249" />
        <source>« {0} » a été supprimé ou déplacé hors de l'application : le texte reste dans la fenêtre. « Enregistrer » le recrée, « Enregistrer sous… » le range ailleurs.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/file_watcher.py" line="252" />
        <source>supprimé ou déplacé sur le disque (texte conservé)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/file_watcher.py" line="259" />
        <source>Fichier supprimé</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/file_watcher.py" line="261" />
        <source>Enregistrer sous…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/file_watcher.py" line="324" />
        <source>Dossier modifié sur le disque : {0} ajouté(s), {1} retiré(s) ({2}{3})</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/file_watcher.py" line="353" />
        <source>Fichier modifié sur le disque</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/file_watcher.py" line="354" />
        <source>« {0} » a été modifié sur le disque depuis que vous l'avez ouvert. L'enregistrer remplacerait ces changements par votre texte.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/file_watcher.py" line="356" />
        <source>« Afficher les détails » montre les différences.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/file_watcher.py" line="358" />
        <source>Écraser avec mes modifications</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/file_watcher.py" line="359" />
        <source>Annuler</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/file_watcher.py" line="364" />
        <source>Enregistrement annulé : le fichier sur le disque est intact</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <location filename="../../app/ui/find_replace.py" line="81" />
        <source>Rechercher</source>
        <translation>Find</translation>
    </message>
    <message>
        <location filename="../../app/ui/find_replace.py" line="85" />
        <source>Remplacer par</source>
        <translation>Replace with</translation>
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
        <translation>Replace</translation>
    </message>
    <message>
        <location filename="../../app/ui/find_replace.py" line="96" />
        <source>Tout remplacer</source>
        <translation>Replace All</translation>
    </message>
    <message>
        <location filename="../../app/ui/find_replace.py" line="99" />
        <source>Fermer la barre de recherche (Échap)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/find_replace.py" line="184" />
        <source>Aucun résultat</source>
        <translation>No results</translation>
    </message>
    <message>
        <location filename="../../app/ui/find_replace.py" line="186" />
        <source>{0} sur {1}</source>
        <translation>{0} of {1}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/find_replace.py" line="188" />
        <source>%n résultat(s)</source>
        <translation><numerusform>%n result</numerusform><numerusform>%n results</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/find_replace.py" line="257" />
        <source>%n remplacement(s)</source>
        <translation><numerusform>%n replacement</numerusform><numerusform>%n replacements</numerusform></translation>
    </message>
</context>
<context>
    <name>FindReplace</name>
    <message>
        <location filename="../../app/ui/find_replace.py" line="673" />
        <source>&amp;Rechercher…</source>
        <translation>&amp;Find…</translation>
    </message>
    <message>
        <location filename="../../app/ui/find_replace.py" line="674" />
        <source>Occurrence &amp;suivante</source>
        <translation>Find &amp;Next</translation>
    </message>
    <message>
        <location filename="../../app/ui/find_replace.py" line="676" />
        <source>Occurrence &amp;précédente</source>
        <translation>Find &amp;Previous</translation>
    </message>
    <message>
        <location filename="../../app/ui/find_replace.py" line="678" />
        <source>Re&amp;mplacer…</source>
        <translation>Re&amp;place…</translation>
    </message>
    <message>
        <location filename="../../app/ui/find_replace.py" line="680" />
        <source>Rechercher et remplacer dans le &amp;dossier…</source>
        <translation>Find and Replace in &amp;Folder…</translation>
    </message>
</context>
<context>
    <name>FindingsController</name>
    <message>
        <location filename="../../app/ui/findings_panel.py" line="686" />
        <source>&amp;Constats</source>
        <translation>F&amp;indings</translation>
    </message>
    <message>
        <location filename="../../app/ui/findings_panel.py" line="699" />
        <source>Constat &amp;suivant</source>
        <translation>&amp;Next Finding</translation>
    </message>
    <message>
        <location filename="../../app/ui/findings_panel.py" line="700" />
        <source>Constat &amp;précédent</source>
        <translation>&amp;Previous Finding</translation>
    </message>
    <message>
        <location filename="../../app/ui/findings_panel.py" line="702" />
        <source>&amp;Appliquer la correction</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/findings_panel.py" line="705" />
        <source>Réparer tout l'&amp;article</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/findings_panel.py" line="707" />
        <source>Réparer tout le &amp;dossier…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/findings_panel.py" line="736" />
        <source>Les constats se mettent à jour : réessayez dans un instant.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/findings_panel.py" line="775" />
        <source>Aucun constat dans cet article</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/findings_panel.py" line="829" />
        <source>Aucune correction proposée pour « {0} »</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/findings_panel.py" line="893" />
        <source>Aucune réparation d'encodage sûre dans cet article</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/findings_panel.py" line="899" />
        <source>{0} réparation(s) d'encodage appliquée(s) — Ctrl+Z pour annuler</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/findings_panel.py" line="956" />
        <source>Suggestions : {0}</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>FindingsModel</name>
    <message>
        <location filename="../../app/ui/findings_panel.py" line="288" />
        <source>{0}  (à vérifier)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/findings_panel.py" line="295" />
        <source>Suggestions : {0}</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>FindingsPanel</name>
    <message>
        <location filename="../../app/ui/findings_panel.py" line="418" />
        <source>Liste des constats</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/findings_panel.py" line="441" />
        <source>Constats d'encodage par motif</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/findings_panel.py" line="450" />
        <source>Réparer tous ceux-ci</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/findings_panel.py" line="453" />
        <source>Réparer toutes les occurrences du motif choisi (une seule annulation)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/findings_panel.py" line="468" />
        <source>Liste</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/findings_panel.py" line="469" />
        <source>Par motif</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/findings_panel.py" line="473" />
        <source>Type de constats affichés</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/findings_panel.py" line="478" />
        <source>Réparer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/findings_panel.py" line="480" />
        <source>Appliquer la correction des constats choisis (Ctrl+Entrée)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/findings_panel.py" line="481" />
        <source>Réparer tout l'article</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/findings_panel.py" line="484" />
        <source>Réparer tous les défauts d'encodage sûrs de l'article (une seule annulation ; les résidus restent à corriger à la main)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/findings_panel.py" line="487" />
        <source>Réparer tout le dossier…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/findings_panel.py" line="490" />
        <source>Revoir puis appliquer les réparations d'encodage de tout le dossier</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/findings_panel.py" line="495" />
        <source>Afficher :</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/findings_panel.py" line="597" />
        <source>Aucun constat</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/findings_panel.py" line="599" />
        <source>{0} constat(s)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/findings_panel.py" line="601" />
        <source>{0} réparation(s) d'encodage sûre(s)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/findings_panel.py" line="603" />
        <source>{0} résidu(s) à corriger à la main</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/findings_panel.py" line="608" />
        <source>{0} motif(s) réparable(s)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/findings_panel.py" line="610" />
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
        <location filename="../../app/ui/folder_repair.py" line="298" />
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
        <location filename="../../app/ui/folder_repair.py" line="298" />
        <source>Appliquer ({0})</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/folder_repair.py" line="318" />
        <source>réparé</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/folder_repair.py" line="325" />
        <source>{0} article(s) réparé(s) ; {1} en erreur (voir la colonne État ; rien n'a été perdu).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/folder_repair.py" line="330" />
        <source>Encodage réparé dans {0} article(s)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>FolderReplaceDialog</name>
    <message>
        <location filename="../../app/ui/find_replace.py" line="326" />
        <source>Rechercher et remplacer dans le dossier</source>
        <translation>Find and Replace in Folder</translation>
    </message>
    <message>
        <location filename="../../app/ui/find_replace.py" line="332" />
        <location filename="../../app/ui/find_replace.py" line="336" />
        <source>Rechercher</source>
        <translation>Find</translation>
    </message>
    <message>
        <location filename="../../app/ui/find_replace.py" line="334" />
        <source>Remplacer par</source>
        <translation>Replace with</translation>
    </message>
    <message>
        <location filename="../../app/ui/find_replace.py" line="345" />
        <source>Article / occurrence</source>
        <translation>Article / match</translation>
    </message>
    <message>
        <location filename="../../app/ui/find_replace.py" line="345" />
        <source>Ligne</source>
        <translation>Line</translation>
    </message>
    <message>
        <location filename="../../app/ui/find_replace.py" line="345" />
        <source>Contexte</source>
        <translation>Context</translation>
    </message>
    <message>
        <location filename="../../app/ui/find_replace.py" line="356" />
        <source>Appliquer les remplacements cochés</source>
        <translation>Apply Checked Replacements</translation>
    </message>
    <message>
        <location filename="../../app/ui/find_replace.py" line="362" />
        <source>Rechercher :</source>
        <translation>Find:</translation>
    </message>
    <message>
        <location filename="../../app/ui/find_replace.py" line="365" />
        <source>Remplacer par :</source>
        <translation>Replace with:</translation>
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
        <location filename="../../app/ui/front_matter_form.py" line="618" />
        <source>Supprimer le champ</source>
        <translation>Remove Field</translation>
    </message>
    <message>
        <location filename="../../app/ui/front_matter_form.py" line="834" />
        <source>&lt;b&gt;Front matter illisible&lt;/b&gt; — le formulaire est désactivé</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/front_matter_form.py" line="840" />
        <source>Aller à l'erreur</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/front_matter_form.py" line="859" />
        <source>Ajouter un front matter</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/front_matter_form.py" line="933" />
        <source>Cet article n'a pas de front matter. Le bouton en crée un en tête du fichier, avec le titre « {0} ».</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/front_matter_form.py" line="942" />
        <source>Front matter JSON : affiché en lecture seule. Modifiez-le dans le texte brut.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/front_matter_form.py" line="1039" />
        <source>« {0} » est absent de cet article : une valeur saisie crée la clé</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/front_matter_form.py" line="931" />
        <location filename="../../app/ui/front_matter_form.py" line="1106" />
        <source>Sans titre</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>GroupsModel</name>
    <message>
        <location filename="../../app/ui/findings_panel.py" line="359" />
        <source>Motif</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/findings_panel.py" line="359" />
        <source>Occurrences</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/findings_panel.py" line="368" />
        <source>{0} → ? (octet perdu, à corriger à la main)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../app/ui/main_window.py" line="108" />
        <source>Filtrer : titre, tag, fichier…</source>
        <translation>Filter: title, tag, file…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="112" />
        <source>Liste des articles</source>
        <translation>Article list</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="139" />
        <source>Articles</source>
        <translation>Articles</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="155" />
        <source>Métadonnées</source>
        <translation>Metadata</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="162" />
        <source>Constats</source>
        <translation>Findings</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="204" />
        <source>&amp;Ouvrir un dossier…</source>
        <translation>&amp;Open Folder…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="207" />
        <source>Ouvrir un &amp;article…</source>
        <translation>Open &amp;Article…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="210" />
        <source>&amp;Enregistrer</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="212" />
        <source>Enregistrer &amp;sous…</source>
        <translation>Save &amp;As…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="214" />
        <source>&amp;Tout enregistrer</source>
        <translation>Save A&amp;ll</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="217" />
        <source>Convertir en &amp;UTF-8</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="218" />
        <source>Écrire cet article en UTF-8 au prochain enregistrement</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="222" />
        <source>&amp;Vérifier les modifications…</source>
        <translation>&amp;Review Changes…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="223" />
        <source>Voir les différences entre le fichier sur le disque et le texte en cours</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="225" />
        <source>&amp;Quitter</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="227" />
        <source>&amp;Annuler</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="230" />
        <source>&amp;Rétablir</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="235" />
        <source>Article &amp;suivant</source>
        <translation>&amp;Next Article</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="238" />
        <source>Article &amp;précédent</source>
        <translation>&amp;Previous Article</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="240" />
        <source>À &amp;propos de Relecture</source>
        <translation>&amp;About Relecture</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="244" />
        <source>&amp;Fichier</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="249" />
        <source>É&amp;dition</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="252" />
        <source>&amp;Aller</source>
        <translation>&amp;Go</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="256" />
        <source>&amp;Affichage</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="259" />
        <source>Aid&amp;e</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="261" />
        <source>Barre d'outils</source>
        <translation>Toolbar</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="265" />
        <source>Ouvrir</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="266" />
        <source>Précédent</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="267" />
        <source>Suivant</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="321" />
        <source>Introuvable : {0}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="323" />
        <source>ouvrir un autre dossier</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="345" />
        <source>Aucun article (.md, .markdown, .txt) dans ce dossier</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="354" />
        <source>Analyse %v / %m</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="409" />
        <source>L'analyse du dossier a échoué : {0}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="559" />
        <source>Vérification impossible : {0}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="674" />
        <source>Enregistrement impossible : {0}
Vos modifications sont conservées dans la fenêtre.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="677" />
        <source>Enregistré : {0}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="703" />
        <source>Enregistrer sous</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="734" />
        <source>Modifications non enregistrées</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="735" />
        <source>Ces articles ont des modifications non enregistrées :
{0}

Les enregistrer avant de {1} ?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="746" />
        <source>quitter</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="757" />
        <source>Ouvrir un dossier d'articles</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="765" />
        <source>Ouvrir un article</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="767" />
        <source>Articles (*.md *.markdown *.txt);;Tous les fichiers (*)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="781" />
        <source>« {0} » sera écrit en UTF-8 à l'enregistrement (aujourd'hui : {1})</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="792" />
        <source>Relecture</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="822" />
        <source>Ligne {0}, col. {1}</source>
        <translation>Line {0}, col. {1}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/main_window.py" line="834" />
        <source>%n mot(s)</source>
        <translation><numerusform>%n word</numerusform><numerusform>%n words</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/main_window.py" line="834" />
        <source>%n min de lecture</source>
        <translation><numerusform>%n min read</numerusform><numerusform>%n min read</numerusform></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="836" />
        <source>encodage</source>
        <translation>encoding</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="836" />
        <source>résidus d'encodage</source>
        <translation>encoding residues</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="837" />
        <source>orthographe</source>
        <translation>spelling</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="837" />
        <source>métadonnées</source>
        <translation>metadata</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="838" />
        <source>typographie</source>
        <translation>typography</translation>
    </message>
</context>
<context>
    <name>Preferences</name>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="119" />
        <source>&amp;Préférences…</source>
        <translation>&amp;Preferences…</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="127" />
        <source>Dossiers &amp;récents</source>
        <translation>&amp;Recent Folders</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="178" />
        <source>(aucun)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="182" />
        <source>Effacer la liste</source>
        <translation>Clear List</translation>
    </message>
</context>
<context>
    <name>Preview</name>
    <message>
        <location filename="../../app/ui/preview.py" line="25" />
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
    <name>RecoveryController</name>
    <message>
        <location filename="../../app/ui/recovery_dialog.py" line="194" />
        <source>Copie de secours impossible ({0}) : pensez à enregistrer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/recovery_dialog.py" line="235" />
        <source>{0} article(s) avec des modifications récupérées après un incident</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/recovery_dialog.py" line="261" />
        <source>« {0} » restauré : pensez à l'enregistrer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/recovery_dialog.py" line="266" />
        <source>Texte récupéré de « {0} » abandonné</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <location filename="../../app/ui/recovery_dialog.py" line="43" />
        <source>Récupération après incident</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/recovery_dialog.py" line="45" />
        <source>Relecture s'est arrêté sans que ces modifications soient enregistrées. Pour chaque article, restaurez le texte récupéré (il reste à enregistrer) ou abandonnez-le.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/recovery_dialog.py" line="59" />
        <source>Restaurer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/recovery_dialog.py" line="60" />
        <source>Abandonner</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/recovery_dialog.py" line="61" />
        <source>Décider plus tard</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/recovery_dialog.py" line="62" />
        <source>Les textes récupérés sont gardés et proposés à la prochaine ouverture</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/recovery_dialog.py" line="86" />
        <source>fichier introuvable ou illisible</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/recovery_dialog.py" line="88" />
        <source>le fichier a changé depuis</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/recovery_dialog.py" line="90" />
        <source>non enregistré</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/recovery_dialog.py" line="107" />
        <source>Le fichier n'est plus lisible sur le disque ({0}) : tout le texte est nouveau.

</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/recovery_dialog.py" line="110" />
        <source>Attention : le fichier a été modifié sur le disque après ce texte.

</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/recovery_dialog.py" line="112" />
        <source>Aucune différence avec le fichier actuel.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="36" />
        <source>Préférences</source>
        <translation>Preferences</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="37" />
        <source>Accepter aussi les mots anglais courants</source>
        <translation>Also accept common English words</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="38" />
        <source>Dictionnaire secondaire : product owner, scrum, squad…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="39" />
        <source>Vérifier la typographie française</source>
        <translation>Check French typography</translation>
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
        <translation> characters</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="54" />
        <source> pt</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="56" />
        <source>Vérifications</source>
        <translation>Checks</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="60" />
        <source>Titre SEO, au plus :</source>
        <translation>SEO title, at most:</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="61" />
        <source>Description SEO, au plus :</source>
        <translation>SEO description, at most:</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="62" />
        <source>Éditeur</source>
        <translation>Editor</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="64" />
        <source>Police :</source>
        <translation>Font:</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="65" />
        <source>Taille :</source>
        <translation>Size:</translation>
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
        <location filename="../../app/ui/spelling_menu.py" line="153" />
        <source>Impossible d'ajouter « {0} » à {1} : {2}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/spelling_menu.py" line="156" />
        <source>« {0} » ajouté à {1}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/spelling_menu.py" line="209" />
        <source>(aucune suggestion)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/spelling_menu.py" line="215" />
        <source>Ajouter à mon dictionnaire</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/spelling_menu.py" line="219" />
        <source>Ajouter au dictionnaire du dossier</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/spelling_menu.py" line="223" />
        <source>Ignorer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/spelling_menu.py" line="225" />
        <source>Ne plus signaler ce mot jusqu'à la fermeture de Relecture</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>TagChip</name>
    <message>
        <location filename="../../app/ui/tag_editor.py" line="105" />
        <location filename="../../app/ui/tag_editor.py" line="106" />
        <source>Retirer « {0} »</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>TagEditor</name>
    <message>
        <location filename="../../app/ui/tag_editor.py" line="132" />
        <source>Ajouter une étiquette…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/tag_editor.py" line="133" />
        <source>Nouvelle étiquette</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>_AddButton</name>
    <message>
        <location filename="../../app/ui/front_matter_form.py" line="522" />
        <source>＋ Ajouter</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/front_matter_form.py" line="524" />
        <source>Ajouter la clé « {0} » à cet article</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>_BoolEditor</name>
    <message>
        <location filename="../../app/ui/front_matter_form.py" line="383" />
        <source>oui</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/front_matter_form.py" line="383" />
        <source>non</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>_Options</name>
    <message>
        <location filename="../../app/ui/find_replace.py" line="54" />
        <source>Casse</source>
        <translation>Case</translation>
    </message>
    <message>
        <location filename="../../app/ui/find_replace.py" line="55" />
        <source>Respecter les majuscules et minuscules</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/find_replace.py" line="56" />
        <source>Mot entier</source>
        <translation>Whole word</translation>
    </message>
    <message>
        <location filename="../../app/ui/find_replace.py" line="57" />
        <source>Expression régulière</source>
        <translation>Regular expression</translation>
    </message>
    <message>
        <location filename="../../app/ui/find_replace.py" line="58" />
        <source>Syntaxe Python ; dans le remplacement, \1 ou \g&lt;nom&gt; pour un groupe</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>_RemoveButton</name>
    <message>
        <location filename="../../app/ui/front_matter_form.py" line="586" />
        <source>Supprimer le champ « {0} » du front matter</source>
        <translation>Remove the field “{0}” from the front matter</translation>
    </message>
</context>
<context>
    <name>_Row</name>
    <message>
        <location filename="../../app/ui/front_matter_form.py" line="707" />
        <source>absent — saisir une valeur pour l'ajouter</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/front_matter_form.py" line="709" />
        <source>absent — ajouter une étiquette pour créer la clé</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/front_matter_form.py" line="758" />
        <source>{0} caractères sur {1} au maximum</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>window</name>
    <message>
        <location filename="../../app/ui/folder_repair.py" line="369" />
        <source>Aucun article ouvert</source>
        <translation type="unfinished" />
    </message>
</context>
</TS>