<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP" sourcelanguage="en_US">
<context>
    <name>AttachmentExport</name>
    <message>
        <source>cannot create the folder %1</source>
        <translation>フォルダー %1 を作成できません</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) already exist, and nothing was written (use --force to replace them): %1</source>
        <translation>
            <numerusform>%n 個のファイルがすでにあるため、何も書き出しませんでした (置き換えるには --force を指定してください): %1</numerusform>
        </translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 を書き込めません: %2</translation>
    </message>
</context>
<context>
    <name>AuditCli</name>
    <message>
        <source>Usage: shortcode-audit [--lang en|ja] COMMAND [OPTIONS] [FILE...]

Checks short code requests the way a carrier reviewer would, without a display.

Commands:
</source>
        <translation>使い方: shortcode-audit [--lang en|ja] コマンド [オプション] [ファイル...]

ショートコード申請を、通信事業者の審査担当者と同じ観点で、画面なしでチェックします。

コマンド:
</translation>
    </message>
    <message>
        <source>shortcode-audit: unknown language &quot;%1&quot; (use en or ja)</source>
        <translation>shortcode-audit: 不明な言語「%1」です (en または ja を指定してください)</translation>
    </message>
    <message>
        <source>shortcode-audit: unknown option %1</source>
        <translation>shortcode-audit: 不明なオプション %1</translation>
    </message>
    <message>
        <source>Try &quot;shortcode-audit --help&quot;.</source>
        <translation>「shortcode-audit --help」で使い方を確認してください。</translation>
    </message>
    <message>
        <source>shortcode-audit: unknown command &quot;%1&quot;</source>
        <translation>shortcode-audit: 不明なコマンド「%1」</translation>
    </message>
    <message>
        <source>count a text message: encoding, units, segments</source>
        <translation>テキストメッセージを数える: エンコード、単位数、セグメント数</translation>
    </message>
    <message>
        <source>add JSON requests to a project file, creating it if needed</source>
        <translation>JSON の申請をプロジェクトファイルに追加する (なければ作成)</translation>
    </message>
    <message>
        <source>list the revisions of a project file</source>
        <translation>プロジェクトファイルのリビジョンを一覧表示する</translation>
    </message>
    <message>
        <source>show the changes between two revisions of a project file</source>
        <translation>プロジェクトファイルの 2 つのリビジョン間の変更を表示する</translation>
    </message>
    <message>
        <source>check request files against the compliance rules</source>
        <translation>申請ファイルをコンプライアンスルールでチェックする</translation>
    </message>
    <message>
        <source>print a compliant example request as JSON</source>
        <translation>ルールに適合した申請の例を JSON で出力する</translation>
    </message>
    <message>
        <source>write the case description or audit report (pdf, txt, md) or the project as JSON</source>
        <translation>ケースの説明または監査レポートを書き出す (pdf、txt、md)、またはプロジェクトを JSON で書き出す</translation>
    </message>
    <message>
        <source>create or list a team workspace on PostgreSQL</source>
        <translation>PostgreSQL 上のチームワークスペースを作成または一覧表示する</translation>
    </message>
    <message>
        <source>
Options:
  --lang en|ja  language of messages (default: the system&apos;s)
  -h, --help    show this help; help COMMAND or COMMAND --help shows a command&apos;s
  -v, --version show the version

Exit status: 0 no errors, 1 the audit found errors, 2 the input could not be read
or the command line is wrong.
</source>
        <translation>
オプション:
  --lang en|ja  メッセージの言語 (既定: システムの言語)
  -h, --help    このヘルプを表示 (help コマンド または コマンド --help でコマンドのヘルプ)
  -v, --version バージョンを表示

終了ステータス: 0 エラーなし、1 監査でエラーを検出、2 入力を読み取れない
またはコマンドラインの誤り。
</translation>
    </message>
    <message>
        <source>shortcode-audit help: unexpected argument %1</source>
        <translation>shortcode-audit help: 想定外の引数 %1</translation>
    </message>
    <message>
        <source>With --workspace URL, %1 works on a project of a team workspace: see &quot;shortcode-audit help workspace&quot;.</source>
        <translation>--workspace URL を付けると、%1 はチームワークスペースのプロジェクトを対象にします。詳しくは「shortcode-audit help workspace」を参照してください。</translation>
    </message>
</context>
<context>
    <name>ChangeText</name>
    <message>
        <source>project named</source>
        <translation>プロジェクト名を設定</translation>
    </message>
    <message>
        <source>project renamed</source>
        <translation>プロジェクト名を変更</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) added</source>
        <translation>
            <numerusform>申請を %n 件追加</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) removed</source>
        <translation>
            <numerusform>申請を %n 件削除</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) renamed</source>
        <translation>
            <numerusform>申請名を %n 件変更</numerusform>
        </translation>
    </message>
    <message>
        <source>requests reordered</source>
        <translation>申請の順序を変更</translation>
    </message>
    <message numerus="yes">
        <source>%n field(s) changed</source>
        <translation>
            <numerusform>%n 項目を変更</numerusform>
        </translation>
    </message>
    <message>
        <source>no changes</source>
        <translation>変更なし</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(空)</translation>
    </message>
    <message numerus="yes">
        <source>%1… (%n character(s))</source>
        <translation>
            <numerusform>%1… (%n 文字)</numerusform>
        </translation>
    </message>
    <message>
        <source>project renamed: %1 → %2</source>
        <translation>プロジェクト名の変更: %1 → %2</translation>
    </message>
    <message>
        <source>request added: %1</source>
        <translation>申請の追加: %1</translation>
    </message>
    <message>
        <source>request removed: %1</source>
        <translation>申請の削除: %1</translation>
    </message>
    <message>
        <source>request renamed: %1 → %2</source>
        <translation>申請名の変更: %1 → %2</translation>
    </message>
    <message>
        <source>%1: %2: %3 → %4</source>
        <translation>%1: %2: %3 → %4</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%2, %n byte(s), SHA-256 %3…)</source>
        <translation>
            <numerusform>%1（%2、%n バイト、SHA-256 %3…）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n attachment(s) added</source>
        <translation>
            <numerusform>添付ファイルを %n 件追加</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n attachment(s) removed</source>
        <translation>
            <numerusform>添付ファイルを %n 件削除</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n attachment(s) changed</source>
        <translation>
            <numerusform>添付ファイルを %n 件変更</numerusform>
        </translation>
    </message>
    <message>
        <source>added %1</source>
        <translation>%1 を追加</translation>
    </message>
    <message>
        <source>removed %1</source>
        <translation>%1 を削除</translation>
    </message>
    <message>
        <source>changed %1</source>
        <translation>%1 を変更</translation>
    </message>
    <message>
        <source>reordered</source>
        <translation>順序を変更</translation>
    </message>
    <message>
        <source>%1: %2: %3</source>
        <translation>%1: %2: %3</translation>
    </message>
    <message>
        <source>; </source>
        <translation>、</translation>
    </message>
</context>
<context>
    <name>CheckCommand</name>
    <message>
        <source>Usage: shortcode-audit check FILE... [--format text|json]

Checks each request in the files (.scproj projects, .json requests or projects)
against the compliance rules and prints the findings.

  --format text  findings grouped per section, one line each (default)
  --format json  one JSON object per file and line: {&quot;source&quot;, &quot;requests&quot;: [...]}

Exit status: 0 no errors, 1 at least one error finding, 2 a file could not be read.
</source>
        <translation>使い方: shortcode-audit check ファイル... [--format text|json]

ファイル内の各申請 (.scproj プロジェクト、.json の申請またはプロジェクト) を
コンプライアンスルールでチェックし、指摘を出力します。

  --format text  セクションごとに 1 行 1 件で指摘を出力 (既定)
  --format json  ファイルごとに 1 行の JSON オブジェクト: {&quot;source&quot;, &quot;requests&quot;: [...]}

終了ステータス: 0 エラーなし、1 エラーの指摘が 1 件以上、2 読み取れないファイルがある。
</translation>
    </message>
    <message>
        <source>unknown format &quot;%1&quot; (use text or json)</source>
        <translation>不明な形式「%1」です (text または json を指定してください)</translation>
    </message>
    <message>
        <source>no file given</source>
        <translation>ファイルが指定されていません</translation>
    </message>
</context>
<context>
    <name>CheckReport</name>
    <message>
        <source>(untitled request)</source>
        <translation>(無題の申請)</translation>
    </message>
    <message>
        <source>completeness %1%, %2, %3, %4</source>
        <extracomment>The summary line of one request: completeness, then the three counts.</extracomment>
        <translation>入力完了率 %1%、%2、%3、%4</translation>
    </message>
    <message>
        <source>No findings.</source>
        <translation>指摘はありません。</translation>
    </message>
    <message>
        <source>%1, example %2</source>
        <translation>%1 (例 %2)</translation>
    </message>
    <message>
        <source>%1, file %2</source>
        <translation>%1（ファイル %2）</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>unknown option %1</source>
        <translation>不明なオプション %1</translation>
    </message>
    <message>
        <source>unexpected argument %1</source>
        <translation>想定外の引数 %1</translation>
    </message>
    <message>
        <source>shortcode-audit %1: %2</source>
        <extracomment>An error on the command line: the command&apos;s name, then what is wrong.</extracomment>
        <translation>shortcode-audit %1: %2</translation>
    </message>
    <message>
        <source>Try &quot;shortcode-audit help %1&quot;.</source>
        <translation>「shortcode-audit help %1」で使い方を確認してください。</translation>
    </message>
</context>
<context>
    <name>DiffCommand</name>
    <message>
        <source>Usage: shortcode-audit diff FILE.scproj REV1 REV2

Shows what changed from revision REV1 to revision REV2 (numbers as listed by
&quot;shortcode-audit history&quot;), one line per change: the request, the field, the
old and the new value (as JSON).

Exit status: 0, or 2 when the project cannot be read, a revision does not exist,
or the command line is wrong.
</source>
        <translation>使い方: shortcode-audit diff FILE.scproj REV1 REV2

リビジョン REV1 から REV2 までの変更を表示します (番号は &quot;shortcode-audit history&quot; の
一覧のもの)。1 行に 1 件の変更: 申請、項目、変更前と変更後の値 (JSON 形式)。

終了ステータス: 0、またはプロジェクトを読み込めない、リビジョンが存在しない、
コマンドラインが正しくない場合は 2。
</translation>
    </message>
    <message numerus="yes">
        <source>shortcode-audit diff: %1 has no revision %2 (it has %n revision(s)).</source>
        <translation>
            <numerusform>shortcode-audit diff: %1 にリビジョン %2 はありません (リビジョンは %n 件です)。</numerusform>
        </translation>
    </message>
    <message>
        <source>unreadable revisions</source>
        <translation>読み込めないリビジョンがあります</translation>
    </message>
    <message>
        <source>Changes from revision %1 to revision %2: %3</source>
        <translation>リビジョン %1 から %2 までの変更: %3</translation>
    </message>
    <message>
        <source>revisions are numbers, e.g. diff project.scproj 1 3</source>
        <translation>リビジョンは番号で指定してください (例: diff project.scproj 1 3)</translation>
    </message>
</context>
<context>
    <name>ExportCommand</name>
    <message>
        <source>shortcode-audit export: cannot write %1: %2</source>
        <translation>shortcode-audit export: %1 に書き込めません: %2</translation>
    </message>
    <message>
        <source>shortcode-audit export: PDF needs an output file (-o OUT)</source>
        <translation>shortcode-audit export: PDF には出力ファイルの指定 (-o OUT) が必要です</translation>
    </message>
    <message>
        <source>shortcode-audit export: PDF output needs a graphical application object</source>
        <translation>shortcode-audit export: PDF の出力にはグラフィカルなアプリケーションオブジェクトが必要です</translation>
    </message>
    <message>
        <source>Usage: shortcode-audit export FILE [--format json|txt|md|pdf] [--report case|audit] [-o OUT]
       shortcode-audit export FILE --attachments DIR [--force]

Writes a project or request as a document:
  json  a project file (.scproj) as interchange JSON (the default)
  txt   the case description as plain text, to paste into the support case
  md    the case description as Markdown
  pdf   the case description as PDF, each request on a new page (needs -o)

FILE is a .scproj project, or for txt, md and pdf also a .json request or project;
every request in it goes into one document.

Options:
  --format FORMAT      json, txt, md or pdf
  --report case|audit  the case description (default) or the audit report
  -o OUT               write to OUT; &quot;-&quot; or no -o writes to standard output
  --attachments DIR    write the attached files (opt-in mockups) into DIR, under
                       plain names; without -o, only the files are written
  --force              replace files that exist in DIR (otherwise nothing is written)
  -h, --help           show this help

Exit status: 0, or 2 when the input cannot be read, the output cannot be written
or the command line is wrong.
</source>
        <translation>使い方: shortcode-audit export FILE [--format json|txt|md|pdf] [--report case|audit] [-o OUT]
       shortcode-audit export FILE --attachments DIR [--force]

プロジェクトまたはリクエストを文書として書き出します:
  json  プロジェクトファイル (.scproj) を交換用 JSON で (既定)
  txt   ケースの説明をプレーンテキストで (サポートケースに貼り付ける用)
  md    ケースの説明を Markdown で
  pdf   ケースの説明を PDF で。リクエストごとに改ページします (-o が必要)

FILE は .scproj プロジェクトです。txt、md、pdf では .json のリクエストまたは
プロジェクトも指定できます。含まれるすべてのリクエストを 1 つの文書にまとめます。

オプション:
  --format FORMAT      json、txt、md、pdf のいずれか
  --report case|audit  ケースの説明 (既定) または監査レポート
  -o OUT               OUT に書き出します。&quot;-&quot; または -o なしで標準出力に書き出します
  --attachments DIR    添付ファイル (オプトインのモックアップ) を DIR に安全な名前で
                       書き出します。-o がなければファイルだけを書き出します
  --force              DIR にあるファイルを置き換えます (ない場合は何も書き出しません)
  -h, --help           このヘルプを表示します

終了ステータス: 0。入力を読み込めない、出力を書き込めない、またはコマンドラインが
正しくない場合は 2。
</translation>
    </message>
    <message numerus="yes">
        <source>shortcode-audit export: %n file(s) written to %1</source>
        <translation>
            <numerusform>shortcode-audit export: %n 個のファイルを %1 に書き出しました</numerusform>
        </translation>
    </message>
    <message>
        <source>unknown format &quot;%1&quot; (use json, txt, md or pdf)</source>
        <translation>不明な形式 &quot;%1&quot; です (json、txt、md、pdf のいずれかを指定してください)</translation>
    </message>
    <message>
        <source>unknown report &quot;%1&quot; (use case or audit)</source>
        <translation>不明なレポート &quot;%1&quot; です (case または audit を指定してください)</translation>
    </message>
</context>
<context>
    <name>HistoryCommand</name>
    <message>
        <source>Usage: shortcode-audit history FILE.scproj

Lists the revisions of a project file, oldest first: number, time (UTC), user,
and what changed. &quot;shortcode-audit diff&quot; shows the changes field by field.

Exit status: 0, or 2 when the project cannot be read or the command line is wrong.
</source>
        <translation>使い方: shortcode-audit history FILE.scproj

プロジェクトファイルのリビジョンを古い順に一覧表示します: 番号、日時 (UTC)、ユーザー、
変更内容。項目ごとの変更は &quot;shortcode-audit diff&quot; で表示します。

終了ステータス: 0、またはプロジェクトを読み込めない、コマンドラインが正しくない場合は 2。
</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>リビジョン</translation>
    </message>
    <message>
        <source>Time (UTC)</source>
        <translation>日時 (UTC)</translation>
    </message>
    <message>
        <source>User</source>
        <translation>ユーザー</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>変更内容</translation>
    </message>
    <message>
        <source>No revisions recorded.</source>
        <translation>記録されたリビジョンはありません。</translation>
    </message>
</context>
<context>
    <name>ImportCommand</name>
    <message>
        <source>Usage: shortcode-audit import FILE.json -o FILE.scproj

Adds the requests of a JSON request or project document to a project file,
creating the file if it does not exist. The import is saved as one revision.
&quot;-&quot; as FILE.json reads standard input.

Options:
  -o FILE.scproj  the project file to create or extend
  -h, --help      show this help

Exit status: 0, or 2 when an input cannot be read, the project cannot be saved,
or the command line is wrong.
</source>
        <translation>使い方: shortcode-audit import FILE.json -o FILE.scproj

JSON の申請文書またはプロジェクト文書の申請をプロジェクトファイルに追加します。
ファイルがなければ作成します。取り込みは 1 つのリビジョンとして保存されます。
FILE.json に &quot;-&quot; を指定すると標準入力から読み込みます。

オプション:
  -o FILE.scproj  作成または追加するプロジェクトファイル
  -h, --help      このヘルプを表示する

終了ステータス: 0、または入力を読み込めない、プロジェクトを保存できない、
コマンドラインが正しくない場合は 2。
</translation>
    </message>
    <message>
        <source>shortcode-audit import: %1: %2 (at %3)</source>
        <translation>shortcode-audit import: %1: %2 (位置: %3)</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n request(s) into %1 (revision %2).</source>
        <translation>
            <numerusform>%n 件の申請を %1 に取り込みました (リビジョン %2)。</numerusform>
        </translation>
    </message>
    <message>
        <source>shortcode-audit import: %1 is a project file; import reads JSON requests and projects (use export to turn a project file into JSON).</source>
        <translation>shortcode-audit import: %1 はプロジェクトファイルです。import が読み込むのは JSON の申請とプロジェクトです (プロジェクトファイルを JSON にするには export を使ってください)。</translation>
    </message>
</context>
<context>
    <name>ProjectFile</name>
    <message>
        <source>The project file %1 does not exist.</source>
        <translation>プロジェクトファイル %1 は存在しません。</translation>
    </message>
    <message>
        <source>The folder of %1 does not exist.</source>
        <translation>%1 のフォルダーは存在しません。</translation>
    </message>
    <message>
        <source>%1 is a folder, not a project file.</source>
        <translation>%1 はフォルダーです。プロジェクトファイルではありません。</translation>
    </message>
    <message>
        <source>You do not have permission to read %1.</source>
        <translation>%1 を読み込む権限がありません。</translation>
    </message>
    <message>
        <source>%1 is not a Shortcode Studio project file (it is not an SQLite database). Nothing was changed.</source>
        <translation>%1 は Shortcode Studio のプロジェクトファイルではありません (SQLite データベースではありません)。ファイルは変更されていません。</translation>
    </message>
    <message>
        <source>%1 is an SQLite database of another application, not a Shortcode Studio project file. Nothing was changed.</source>
        <translation>%1 は別のアプリケーションの SQLite データベースで、Shortcode Studio のプロジェクトファイルではありません。ファイルは変更されていません。</translation>
    </message>
    <message>
        <source>%1 is damaged or incomplete (truncated or corrupted) and cannot be opened. Nothing was changed; open a backup or a recovery copy instead.</source>
        <translation>%1 は破損しているか不完全なため (途中で切れているか壊れています)、開けません。ファイルは変更されていません。バックアップまたは復元用のコピーを開いてください。</translation>
    </message>
    <message>
        <source>%1 was made by a newer version of Shortcode Studio; nothing was changed. Update Shortcode Studio to open it.</source>
        <translation>%1 は新しいバージョンの Shortcode Studio で作成されています。ファイルは変更されていません。開くには Shortcode Studio を更新してください。</translation>
    </message>
    <message>
        <source>No project file is open; choose where to save the project.</source>
        <translation>プロジェクトファイルが開かれていません。プロジェクトの保存先を選んでください。</translation>
    </message>
    <message>
        <source>%1 is open read-only, so it was not saved. Use Save As to keep your changes in another file.</source>
        <translation>%1 は読み取り専用で開かれているため、保存されませんでした。変更を残すには「名前を付けて保存」で別のファイルに保存してください。</translation>
    </message>
    <message>
        <source>%1 is being saved already; try again when that save has finished.</source>
        <translation>%1 は現在保存中です。保存が終わってからもう一度お試しください。</translation>
    </message>
    <message>
        <source>%1 is open in another window or by another user, so it was not replaced.</source>
        <translation>%1 は別のウィンドウまたは別のユーザーが開いているため、置き換えませんでした。</translation>
    </message>
    <message>
        <source>Could not save %1 (%2). The file on disk was left as it was.</source>
        <translation>%1 を保存できませんでした (%2)。ディスク上のファイルは元のままです。</translation>
    </message>
    <message>
        <source>There is no such revision in %1.</source>
        <translation>%1 に該当するリビジョンはありません。</translation>
    </message>
    <message>
        <source>another user</source>
        <translation>別のユーザー</translation>
    </message>
    <message>
        <source>an unknown computer</source>
        <translation>不明なコンピューター</translation>
    </message>
    <message>
        <source>%1 on %2 (%3, process %4)</source>
        <translation>%2 の %1 (%3、プロセス %4)</translation>
    </message>
    <message>
        <source>unknown program</source>
        <translation>不明なプログラム</translation>
    </message>
    <message>
        <source>%1 is open read-only.</source>
        <translation>%1 は読み取り専用で開かれています。</translation>
    </message>
    <message>
        <source>%1 is a read-only file, so it was opened read-only. Use Save As to keep changes in another file.</source>
        <translation>%1 は読み取り専用ファイルのため、読み取り専用で開きました。変更を残すには「名前を付けて保存」で別のファイルに保存してください。</translation>
    </message>
    <message>
        <source>The folder of %1 is read-only, so the project was opened read-only. Use Save As to keep changes in another folder.</source>
        <translation>%1 のフォルダーが読み取り専用のため、プロジェクトを読み取り専用で開きました。変更を残すには「名前を付けて保存」で別のフォルダーに保存してください。</translation>
    </message>
    <message>
        <source>%1 is already open by %2, so it was opened read-only.</source>
        <translation>%1 は %2 がすでに開いているため、読み取り専用で開きました。</translation>
    </message>
    <message>
        <source>The lock file of %1 could not be created, so it was opened read-only.</source>
        <translation>%1 のロックファイルを作成できなかったため、読み取り専用で開きました。</translation>
    </message>
    <message>
        <source>%1 goes beyond the limits of Shortcode Studio, so it was not opened: %2 Nothing was changed.</source>
        <translation>%1 は Shortcode Studio の上限を超えているため、開きませんでした: %2 ファイルは変更されていません。</translation>
    </message>
    <message>
        <source>%1 was not saved: %2 Shorten it and save again.</source>
        <translation>%1 は保存されませんでした: %2 短くしてから保存し直してください。</translation>
    </message>
    <message>
        <source>%1 is not a regular file (it is a pipe, a device or a socket), so it was not opened.</source>
        <translation>%1 は通常のファイルではない (パイプ、デバイスまたはソケットです) ため、開きませんでした。</translation>
    </message>
    <message>
        <source>%1 holds database objects that Shortcode Studio never makes (%2), so it was not opened: such a file can make a program hang or run out of memory while reading it. Nothing was changed.</source>
        <translation>%1 には Shortcode Studio が作ることのないデータベースオブジェクト (%2) が含まれているため、開きませんでした。このようなファイルは、読み込み中にプログラムを停止させたりメモリを使い果たさせたりすることがあります。ファイルは変更されていません。</translation>
    </message>
    <message>
        <source>Reading %1 was stopped: it needed far more work than a project file of its size ever does, as a file built to make programs hang would. Nothing was changed.</source>
        <translation>%1 の読み込みを中止しました。この大きさのプロジェクトファイルでは考えられないほど多くの処理が必要で、プログラムを停止させるために作られたファイルと同じ振る舞いです。ファイルは変更されていません。</translation>
    </message>
    <message>
        <source>Could not save %1: no space left on device (the disk or your quota is full). The file on disk was left as it was, with what was saved before; free some space and save again.</source>
        <translation>%1 を保存できませんでした: デバイスに空き容量がありません (ディスクまたはクォータがいっぱいです)。ディスク上のファイルは元のまま、前回保存した内容です。空き容量を作ってからもう一度保存してください。</translation>
    </message>
    <message>
        <source>%1 was not saved: what was written would not open again as it was saved (%2). The file on disk was left as it was.</source>
        <translation>%1 は保存されませんでした: 書き込んだ内容を開き直すと、保存した内容と同じになりません (%2)。ディスク上のファイルは元のままです。</translation>
    </message>
    <message>
        <source>%1 was saved and the file was replaced, but the folder could not be synced to the disk (%2): after a power cut the folder may still show the previous version. Save again to be sure.</source>
        <translation>%1 は保存され、ファイルは置き換えられましたが、フォルダーをディスクに同期できませんでした (%2)。停電などの後には、フォルダーに前の版が残っている可能性があります。念のためもう一度保存してください。</translation>
    </message>
    <message>
        <source>The history of %1 is damaged (%2); nothing was changed. Open a backup or a recovery copy instead.</source>
        <translation>%1 の履歴が破損しています (%2)。ファイルは変更されていません。バックアップまたは復元用のコピーを開いてください。</translation>
    </message>
    <message>
        <source>%1 is already open under another name of the same file (a hard link), so it was opened read-only.</source>
        <translation>%1 は同じファイルの別の名前 (ハードリンク) ですでに開かれているため、読み取り専用で開きました。</translation>
    </message>
    <message>
        <source>its lock file could not be created</source>
        <translation>ロックファイルを作成できませんでした</translation>
    </message>
    <message>
        <source>%1 is open by %2, so it was not replaced.</source>
        <extracomment>%2 names who holds the file: user, computer, program and process.</extracomment>
        <translation>%1 は %2 が開いているため、置き換えませんでした。</translation>
    </message>
    <message>
        <source>%1 is a read-only file, so it was not saved. Use Save As to keep your changes in another file.</source>
        <translation>%1 は読み取り専用ファイルのため、保存されませんでした。変更を残すには「名前を付けて保存」で別のファイルに保存してください。</translation>
    </message>
    <message>
        <source>The folder of %1 is read-only, so the project was not saved. Use Save As to keep your changes in another folder.</source>
        <translation>%1 のフォルダーが読み取り専用のため、プロジェクトは保存されませんでした。変更を残すには「名前を付けて保存」で別のフォルダーに保存してください。</translation>
    </message>
    <message>
        <source>%1 is open by %2, so it was opened read-only and not saved. Use Save As to keep your changes in another file.</source>
        <extracomment>%2 names who holds the file: user, computer, program and process.</extracomment>
        <translation>%1 は %2 が開いているため、読み取り専用で開かれ、保存されませんでした。変更を残すには「名前を付けて保存」で別のファイルに保存してください。</translation>
    </message>
    <message>
        <source>%1 is already open under another name of the same file (a hard link), so it was opened read-only and not saved. Use Save As to keep your changes in another file.</source>
        <translation>%1 は同じファイルの別の名前 (ハードリンク) ですでに開かれているため、読み取り専用で開かれ、保存されませんでした。変更を残すには「名前を付けて保存」で別のファイルに保存してください。</translation>
    </message>
    <message>
        <source>The lock file of %1 could not be created, so it was opened read-only and not saved. Use Save As to keep your changes in another file.</source>
        <translation>%1 のロックファイルを作成できなかったため、読み取り専用で開かれ、保存されませんでした。変更を残すには「名前を付けて保存」で別のファイルに保存してください。</translation>
    </message>
</context>
<context>
    <name>ProjectFileDialogs</name>
    <message>
        <source>Open</source>
        <translation>開く</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
</context>
<context>
    <name>RecoveryStore</name>
    <message>
        <source>Could not create the recovery folder %1.</source>
        <translation>復元用フォルダー %1 を作成できませんでした。</translation>
    </message>
    <message>
        <source>Could not write the recovery copy %1 (%2).</source>
        <translation>復元用のコピー %1 を書き込めませんでした (%2)。</translation>
    </message>
</context>
<context>
    <name>RequestOperations</name>
    <message>
        <source>New request</source>
        <translation>新しい申請</translation>
    </message>
    <message>
        <source>New Request</source>
        <translation>新しい申請</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (コピー)</translation>
    </message>
    <message>
        <source>Duplicate Request</source>
        <translation>申請の複製</translation>
    </message>
    <message>
        <source>Delete Request</source>
        <translation>申請の削除</translation>
    </message>
    <message>
        <source>Split By Country</source>
        <translation>国ごとに分割</translation>
    </message>
    <message numerus="yes">
        <source>Import %n request(s)</source>
        <translation>
            <numerusform>申請 %n 件のインポート</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RequiredAnswers</name>
    <message numerus="yes">
        <source>%1 of %n required answer(s)</source>
        <extracomment>How many of the required answers of a request are given.</extracomment>
        <translation>
            <numerusform>必須の回答 %n 件中 %1 件</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SetFieldCommand</name>
    <message>
        <source>Edit %1</source>
        <translation>%1 の編集</translation>
    </message>
</context>
<context>
    <name>SetTitleCommand</name>
    <message>
        <source>Rename Request</source>
        <translation>申請名の変更</translation>
    </message>
</context>
<context>
    <name>SmsCommand</name>
    <message>
        <source>Usage: shortcode-audit sms [--json | --jsonl]

Counts a text message the way the network sends it: encoding (GSM-7 or UCS-2),
units, segments, and the characters that force UCS-2 with their usual GSM-7
replacements.

Reads one message from standard input: the exact bytes, as UTF-8, no newline
stripped.

Options:
  --json    print the analysis as one JSON object
  --jsonl   read one JSON string literal per line and print one JSON object per
            line: {&quot;encoding&quot;, &quot;units&quot;, &quot;segments&quot;, &quot;non_gsm&quot;, ...}; a line that
            cannot be read gets {&quot;line&quot;: N, &quot;error&quot;: &quot;...&quot;} instead
  -h, --help  show this help

Exit status: 0, or 2 when the input (or any line of it) could not be read.
</source>
        <translation>使い方: shortcode-audit sms [--json | --jsonl]

テキストメッセージを、ネットワークが送信するとおりに数えます: エンコード（GSM-7 または
UCS-2）、単位数、セグメント数、UCS-2 になる原因の文字と、その通常の GSM-7 への置き換え。

標準入力から 1 通のメッセージを読み込みます。UTF-8 のバイト列をそのまま扱い、改行も
取り除きません。

オプション:
  --json    分析結果を 1 つの JSON オブジェクトとして出力します
  --jsonl   1 行に 1 つの JSON 文字列リテラルを読み込み、1 行に 1 つの JSON オブジェクトを
            出力します: {&quot;encoding&quot;, &quot;units&quot;, &quot;segments&quot;, &quot;non_gsm&quot;, ...}。読み込めない
            行には代わりに {&quot;line&quot;: N, &quot;error&quot;: &quot;...&quot;} を出力します
  -h, --help  このヘルプを表示します

終了ステータス: 0、入力（またはそのいずれかの行）を読み込めなかったときは 2。
</translation>
    </message>
    <message>
        <source>invalid UTF-8</source>
        <translation>UTF-8 として不正なバイトです</translation>
    </message>
    <message>
        <source>not a JSON string literal: expected an opening quote</source>
        <translation>JSON 文字列リテラルではありません: 開始の引用符がありません</translation>
    </message>
    <message>
        <source>not a JSON string literal: the closing quote is missing</source>
        <translation>JSON 文字列リテラルではありません: 終了の引用符がありません</translation>
    </message>
    <message>
        <source>not a JSON string literal: invalid escape sequence</source>
        <translation>JSON 文字列リテラルではありません: エスケープシーケンスが不正です</translation>
    </message>
    <message>
        <source>not a JSON string literal: control characters must be escaped</source>
        <translation>JSON 文字列リテラルではありません: 制御文字はエスケープする必要があります</translation>
    </message>
    <message>
        <source>not a JSON string literal: text after the closing quote</source>
        <translation>JSON 文字列リテラルではありません: 終了の引用符の後に文字があります</translation>
    </message>
    <message>
        <source>line %1, column %2: %3</source>
        <translation>%1 行目、%2 列目: %3</translation>
    </message>
    <message>
        <source>Encoding: %1</source>
        <translation>エンコード: %1</translation>
    </message>
    <message>
        <source>Characters: %1</source>
        <translation>文字数: %1</translation>
    </message>
    <message>
        <source>Units: %1 (septets)</source>
        <translation>単位数: %1（セプテット）</translation>
    </message>
    <message>
        <source>Units: %1 (UTF-16 code units)</source>
        <translation>単位数: %1（UTF-16 コード単位）</translation>
    </message>
    <message>
        <source>Segments: %1</source>
        <translation>セグメント数: %1</translation>
    </message>
    <message>
        <source>Units left in the last segment: %1</source>
        <translation>最後のセグメントの残り単位数: %1</translation>
    </message>
    <message>
        <source>Segment %1 starts at character %2</source>
        <translation>セグメント %1 は %2 文字目から始まります</translation>
    </message>
    <message>
        <source>Characters that force UCS-2:</source>
        <translation>UCS-2 になる原因の文字:</translation>
    </message>
    <message>
        <source>With the replacements: %1, units: %2, segments: %3</source>
        <translation>置き換えた場合: %1、単位数: %2、セグメント数: %3</translation>
    </message>
    <message>
        <source>%1 %2  (no usual GSM-7 replacement)</source>
        <extracomment>A character that forces UCS-2: its code point (U+1F600) and the character.</extracomment>
        <translation>%1 %2  （通常の GSM-7 への置き換えはありません）</translation>
    </message>
    <message>
        <source>%1 %2  -&gt; remove it</source>
        <extracomment>A character that forces UCS-2 and is best left out.</extracomment>
        <translation>%1 %2  -&gt; 削除</translation>
    </message>
    <message>
        <source>%1 %2  -&gt; %3</source>
        <extracomment>A character that forces UCS-2 and its GSM-7 replacement, in brackets.</extracomment>
        <translation>%1 %2  -&gt; %3</translation>
    </message>
    <message>
        <source>use either --json or --jsonl</source>
        <translation>--json と --jsonl はどちらか一方だけを指定してください</translation>
    </message>
</context>
<context>
    <name>SplitCheck</name>
    <message>
        <source>, </source>
        <extracomment>The separator between the countries of a list.</extracomment>
        <translation>、</translation>
    </message>
    <message>
        <source>The tax ID %1 is a US EIN; it is copied into the requests for %2, where the company needs the tax ID of that country.</source>
        <translation>税務 ID %1 は米国の EIN です。%2 の申請にもコピーされますが、そこではその国の税務 ID が必要です。</translation>
    </message>
    <message>
        <source>The toll-free number %1 is a North American number; customers in %2 cannot call it free of charge. Give each new request a number of its country.</source>
        <translation>フリーダイヤル %1 は北米の番号のため、%2 の顧客は無料で発信できません。新しい申請ごとにその国の番号を入力してください。</translation>
    </message>
    <message>
        <source>The title “%1” names %2; every new request keeps it, with its own country added. Rename the new requests.</source>
        <translation>申請名「%1」には %2 が含まれています。新しい申請はすべてこの名前に自国を付け加えたものになるため、名前を変更してください。</translation>
    </message>
</context>
<context>
    <name>TemplateCommand</name>
    <message>
        <source>Usage: shortcode-audit template

Prints a complete, compliant example request as JSON (a fictional company), as a
starting point: shortcode-audit template &gt; my-request.json
</source>
        <translation>使い方: shortcode-audit template

すべて入力済みでルールに適合した申請の例 (架空の会社) を JSON で出力します。
作成の出発点にしてください: shortcode-audit template &gt; my-request.json
</translation>
    </message>
    <message>
        <source>template: the built-in example is damaged: %1</source>
        <translation>template: 組み込みの例が壊れています: %1</translation>
    </message>
</context>
<context>
    <name>ValueCodec</name>
    <message>
        <source>yes</source>
        <translation>はい</translation>
    </message>
    <message>
        <source>no</source>
        <translation>いいえ</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <source>The database &quot;%1&quot; holds no Shortcode Studio workspace yet; &quot;shortcode-audit workspace init&quot; creates one.</source>
        <translation>データベース「%1」にはまだ Shortcode Studio のワークスペースがありません。「shortcode-audit workspace init」で作成できます。</translation>
    </message>
    <message>
        <source>The workspace was made by a newer version of Shortcode Studio (workspace version %1); nothing was changed.</source>
        <translation>このワークスペースは新しいバージョンの Shortcode Studio で作成されています（ワークスペースのバージョン %1）。何も変更していません。</translation>
    </message>
    <message>
        <source>The workspace is of an older version (%1); &quot;shortcode-audit workspace init&quot; brings it up to date.</source>
        <translation>このワークスペースは古いバージョン（%1）です。「shortcode-audit workspace init」で最新の状態にできます。</translation>
    </message>
    <message>
        <source>The connection to the workspace server was lost and could not be made again (%1). Nothing was saved; your changes are kept: save again when the server is back.</source>
        <translation>ワークスペースのサーバーとの接続が切れ、再接続できませんでした（%1）。何も保存されていませんが、変更内容は残っています。サーバーが復旧したらもう一度保存してください。</translation>
    </message>
    <message>
        <source>Could not create the workspace: %1</source>
        <translation>ワークスペースを作成できませんでした: %1</translation>
    </message>
    <message>
        <source>Could not read the workspace: %1</source>
        <translation>ワークスペースを読み込めませんでした: %1</translation>
    </message>
    <message>
        <source>The workspace has no project named &quot;%1&quot;.</source>
        <translation>ワークスペースに「%1」という名前のプロジェクトはありません。</translation>
    </message>
    <message>
        <source>Could not bring the project into the workspace: %1</source>
        <translation>プロジェクトをワークスペースに移せませんでした: %1</translation>
    </message>
    <message>
        <source>The workspace already has a project named &quot;%1&quot;; nothing was changed.</source>
        <translation>ワークスペースにはすでに「%1」という名前のプロジェクトがあります。何も変更していません。</translation>
    </message>
</context>
<context>
    <name>WorkspaceCommand</name>
    <message>
        <source>Usage: shortcode-audit workspace init URL
       shortcode-audit workspace list URL

A team workspace keeps many projects in a PostgreSQL database. URL is a libpq
connection string (&quot;host=db.example.com dbname=shortcodes sslmode=verify-full&quot;)
or a postgresql:// address; passwords come from ~/.pgpass, PGPASSWORD or a
service file, never from the URL.

  init  create the workspace&apos;s tables in the database, or bring them up to date
  list  the workspace&apos;s projects: revision, requests, last saved

With --workspace URL, check, export, import, history and diff work on it:
  shortcode-audit import FILE.scproj --workspace URL   moves a project in, history too
  shortcode-audit export PROJECT --workspace URL -o FILE.scproj
  shortcode-audit check [PROJECT...] --workspace URL [--format text|json]
  shortcode-audit history PROJECT --workspace URL
  shortcode-audit diff PROJECT REV1 REV2 --workspace URL

Exit status: 0, 1 when check finds errors, 2 when the workspace cannot be read
or the command line is wrong.
</source>
        <translation>使い方: shortcode-audit workspace init URL
        shortcode-audit workspace list URL

チームワークスペースは、多数のプロジェクトを PostgreSQL データベースに保管します。
URL は libpq の接続文字列（&quot;host=db.example.com dbname=shortcodes sslmode=verify-full&quot;）
または postgresql:// 形式のアドレスです。パスワードは ~/.pgpass、PGPASSWORD または
サービスファイルから渡し、URL には書きません。

  init  データベースにワークスペースのテーブルを作成する（古ければ最新にする）
  list  ワークスペースのプロジェクト: リビジョン、申請数、最終保存

--workspace URL を付けると、check、export、import、history、diff がワークスペースを対象にします:
  shortcode-audit import FILE.scproj --workspace URL   プロジェクトを履歴ごと移す
  shortcode-audit export PROJECT --workspace URL -o FILE.scproj
  shortcode-audit check [PROJECT...] --workspace URL [--format text|json]
  shortcode-audit history PROJECT --workspace URL
  shortcode-audit diff PROJECT REV1 REV2 --workspace URL

終了ステータス: 0、check でエラーが見つかったときは 1、ワークスペースを読めないか
コマンドラインが正しくないときは 2。
</translation>
    </message>
    <message>
        <source>Created the workspace.</source>
        <translation>ワークスペースを作成しました。</translation>
    </message>
    <message>
        <source>Brought the workspace up to date.</source>
        <translation>ワークスペースを最新の状態にしました。</translation>
    </message>
    <message>
        <source>The workspace is up to date; nothing was changed.</source>
        <translation>ワークスペースは最新の状態です。何も変更していません。</translation>
    </message>
    <message>
        <source>The workspace has no projects yet.</source>
        <translation>ワークスペースにはまだプロジェクトがありません。</translation>
    </message>
    <message numerus="yes">
        <source>%1: revision %2, %n request(s), saved %3 UTC by %4</source>
        <translation>
            <numerusform>%1: リビジョン %2、申請 %n 件、%3 UTC に %4 が保存</numerusform>
        </translation>
    </message>
    <message>
        <source>unknown format &quot;%1&quot; (use text or json)</source>
        <translation>不明な形式「%1」です（text または json を指定してください）</translation>
    </message>
    <message>
        <source>give one project file: import FILE.scproj --workspace URL</source>
        <translation>プロジェクトファイルを 1 つ指定してください: import FILE.scproj --workspace URL</translation>
    </message>
    <message numerus="yes">
        <source>Moved &quot;%1&quot; into the workspace with its %n revision(s).</source>
        <translation>
            <numerusform>「%1」を %n 件のリビジョンとともにワークスペースに移しました。</numerusform>
        </translation>
    </message>
    <message>
        <source>give one project and a project file: export PROJECT --workspace URL -o FILE.scproj</source>
        <translation>プロジェクトを 1 つと出力先のプロジェクトファイルを指定してください: export PROJECT --workspace URL -o FILE.scproj</translation>
    </message>
    <message>
        <source>give one project: history PROJECT --workspace URL</source>
        <translation>プロジェクトを 1 つ指定してください: history PROJECT --workspace URL</translation>
    </message>
    <message>
        <source>give a project and two revisions: diff PROJECT REV1 REV2 --workspace URL</source>
        <translation>プロジェクトと 2 つのリビジョンを指定してください: diff PROJECT REV1 REV2 --workspace URL</translation>
    </message>
    <message numerus="yes">
        <source>&quot;%1&quot; has no revisions %2 and %3 to compare (it has %n revision(s)).</source>
        <translation>
            <numerusform>「%1」には比較するリビジョン %2 と %3 がありません（リビジョンは %n 件です）。</numerusform>
        </translation>
    </message>
    <message>
        <source>Changes from revision %1 to revision %2: %3</source>
        <translation>リビジョン %1 から %2 への変更: %3</translation>
    </message>
    <message>
        <source>--workspace needs a URL</source>
        <translation>--workspace には URL が必要です</translation>
    </message>
    <message>
        <source>--workspace is for check, export, import, history and diff</source>
        <translation>--workspace は check、export、import、history、diff で使えます</translation>
    </message>
</context>
<context>
    <name>WorkspaceConnection</name>
    <message>
        <source>The workspace address holds a password. Give it to PostgreSQL in ~/.pgpass, the PGPASSWORD variable or a service file instead, so it is not kept in lists of recent workspaces or shell histories.</source>
        <translation>ワークスペースのアドレスにパスワードが含まれています。最近使ったワークスペースの一覧やシェルの履歴に残らないよう、パスワードは ~/.pgpass、環境変数 PGPASSWORD またはサービスファイルで PostgreSQL に渡してください。</translation>
    </message>
    <message>
        <source>No workspace was given: name its server as a connection string (&quot;host=… dbname=…&quot;) or a postgresql:// address.</source>
        <translation>ワークスペースが指定されていません。サーバーを接続文字列（&quot;host=… dbname=…&quot;）または postgresql:// 形式のアドレスで指定してください。</translation>
    </message>
    <message>
        <source>The workspace address &quot;%1&quot; contains &quot;;&quot;, which Qt&apos;s PostgreSQL driver cannot pass on.</source>
        <translation>ワークスペースのアドレス「%1」には「;」が含まれていますが、Qt の PostgreSQL ドライバーはこれを渡せません。</translation>
    </message>
    <message>
        <source>Qt&apos;s PostgreSQL driver (QPSQL) is not installed; on Debian it is the libqt6sql6-psql package.</source>
        <translation>Qt の PostgreSQL ドライバー（QPSQL）がインストールされていません。Debian では libqt6sql6-psql パッケージです。</translation>
    </message>
    <message>
        <source>Could not connect to the workspace server: %1</source>
        <translation>ワークスペースのサーバーに接続できませんでした: %1</translation>
    </message>
</context>
<context>
    <name>WorkspaceProject</name>
    <message>
        <source>%1 in the workspace %2</source>
        <translation>ワークスペース %2 の %1</translation>
    </message>
    <message>
        <source>Could not read the project &quot;%1&quot; from the workspace: %2</source>
        <translation>ワークスペースからプロジェクト「%1」を読み込めませんでした: %2</translation>
    </message>
    <message>
        <source>The workspace server is a read-only standby: the project can be read, not saved.</source>
        <translation>ワークスペースのサーバーは読み取り専用のスタンバイです。プロジェクトは読めますが、保存はできません。</translation>
    </message>
    <message>
        <source>The database role &quot;%1&quot; may read this workspace but not change it: the project is read-only. Ask the workspace&apos;s administrator for the editors&apos; privileges.</source>
        <translation>データベースのロール「%1」はこのワークスペースを読めますが、変更はできないため、プロジェクトは読み取り専用です。編集者の権限をワークスペースの管理者に依頼してください。</translation>
    </message>
    <message>
        <source>Could not save the project &quot;%1&quot; in the workspace; nothing was saved: %2</source>
        <translation>ワークスペースにプロジェクト「%1」を保存できませんでした。何も保存されていません: %2</translation>
    </message>
    <message>
        <source>the project was removed from the workspace</source>
        <translation>プロジェクトはワークスペースから削除されています</translation>
    </message>
    <message>
        <source>Someone else saved changes to the same fields of &quot;%1&quot; since you opened it: choose, field by field, whose to keep.</source>
        <translation>「%1」を開いた後で、他の人が同じ項目への変更を保存しました。項目ごとに、どちらの内容を残すか選んでください。</translation>
    </message>
    <message>
        <source>You and someone else changed the same fields of &quot;%1&quot;: choose, field by field, whose to keep.</source>
        <translation>あなたと他の人が「%1」の同じ項目を変更しました。項目ごとに、どちらの値を残すか選んでください。</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Language of the interface for this run: en or ja.</source>
        <translation>今回の起動で使う画面の言語: en または ja。</translation>
    </message>
    <message>
        <source>Save a PNG of the main window to FILE once it is shown, then quit.</source>
        <translation>メインウィンドウの表示後にその PNG 画像を FILE に保存して終了します。</translation>
    </message>
    <message>
        <source>Unknown language &quot;%1&quot; (use en or ja).</source>
        <translation>不明な言語「%1」です (en または ja を指定してください)。</translation>
    </message>
    <message>
        <source>Could not write the screenshot to %1.</source>
        <translation>スクリーンショットを %1 に書き込めませんでした。</translation>
    </message>
    <message>
        <source>A request or project file to open.</source>
        <translation>開く申請ファイルまたはプロジェクトファイル。</translation>
    </message>
    <message>
        <source>Show this section of the request first, e.g. content (for screenshots).</source>
        <translation>最初に表示する申請のセクション (例: content。スクリーンショット用)。</translation>
    </message>
    <message>
        <source>Prepare and audit requests for dedicated SMS short codes.</source>
        <translation>専用 SMS ショートコードの申請を作成・監査します。</translation>
    </message>
</context>
<context>
    <name>scs::AboutDialog</name>
    <message>
        <source>About Shortcode Studio</source>
        <translation>Shortcode Studio について</translation>
    </message>
    <message>
        <source>Shortcode Studio %1</source>
        <translation>Shortcode Studio %1</translation>
    </message>
    <message>
        <source>Prepare and audit requests for dedicated SMS short codes: every section checked while you type, every message previewed with its encoding and segments.</source>
        <translation>専用 SMS ショートコードの申請を作成・監査します。入力中にすべてのセクションをチェックし、すべてのメッセージを文字コードとセグメント数つきでプレビューします。</translation>
    </message>
    <message>
        <source>Qt %1
KSyntaxHighlighting %2</source>
        <translation>Qt %1
KSyntaxHighlighting %2</translation>
    </message>
    <message>
        <source>&amp;Copy Versions</source>
        <translation>バージョン情報をコピー(&amp;C)</translation>
    </message>
</context>
<context>
    <name>scs::AttachmentIntake</name>
    <message>
        <source>%1 could not be read: %2</source>
        <translation>%1 を読み込めませんでした: %2</translation>
    </message>
    <message>
        <source>%1 was not added: it has %2, and carriers take files of at most %3. Save it smaller and add it again.</source>
        <translation>%1 は追加されませんでした。サイズが %2 ありますが、キャリアが受け付けるのは %3 までです。小さく保存し直してから追加してください。</translation>
    </message>
    <message>
        <source>%1 was not added: it is not a PNG, JPEG or PDF file.</source>
        <translation>%1 は追加されませんでした。PNG、JPEG、PDF のいずれのファイルでもありません。</translation>
    </message>
    <message>
        <source>%1 has %2, and carriers take files of at most %3. Scale the picture down until it fits?</source>
        <translation>%1 のサイズは %2 ですが、キャリアが受け付けるのは %3 までです。収まるまで画像を縮小しますか?</translation>
    </message>
    <message>
        <source>%1 was not added: it could not be scaled down to %2.</source>
        <translation>%1 は追加されませんでした。%2 以下に縮小できませんでした。</translation>
    </message>
</context>
<context>
    <name>scs::AttachmentListModel</name>
    <message>
        <source>Larger than the %1 a carrier accepts.</source>
        <translation>キャリアが受け付ける %1 を超えています。</translation>
    </message>
    <message>
        <source>File</source>
        <translation>ファイル</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>種類</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>サイズ</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>説明</translation>
    </message>
</context>
<context>
    <name>scs::AttachmentViewer</name>
    <message>
        <source>&amp;Fit to Window</source>
        <translation>ウィンドウに合わせる(&amp;F)</translation>
    </message>
</context>
<context>
    <name>scs::AttachmentsEditor</name>
    <message>
        <source>Add Screenshots or Mockups</source>
        <translation>スクリーンショットまたはモックアップを追加</translation>
    </message>
    <message>
        <source>Images and PDF (*.png *.jpg *.jpeg *.pdf);;All files (*)</source>
        <translation>画像と PDF (*.png *.jpg *.jpeg *.pdf);;すべてのファイル (*)</translation>
    </message>
    <message numerus="yes">
        <source>%1 was not added: a request takes at most %n file(s).</source>
        <translation>
            <numerusform>%1 は追加されませんでした。1 件の申請に添付できるファイルは %n 個までです。</numerusform>
        </translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>追加…</translation>
    </message>
    <message>
        <source>Add PNG, JPEG or PDF files of at most 1 MiB each.</source>
        <translation>1 ファイル 1 MiB までの PNG、JPEG、PDF ファイルを追加します。</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>The clipboard holds no picture or file to add.</source>
        <translation>クリップボードに追加できる画像やファイルがありません。</translation>
    </message>
    <message>
        <source>Paste</source>
        <translation>貼り付け</translation>
    </message>
    <message>
        <source>Add the picture or the files on the clipboard (Ctrl+V in the list).</source>
        <translation>クリップボードの画像やファイルを追加します(一覧で Ctrl+V)。</translation>
    </message>
    <message>
        <source>Move Up</source>
        <translation>上へ移動</translation>
    </message>
    <message>
        <source>Move Down</source>
        <translation>下へ移動</translation>
    </message>
    <message>
        <source>Replace the Screenshot or Mockup</source>
        <translation>スクリーンショットまたはモックアップを置き換え</translation>
    </message>
    <message>
        <source>View</source>
        <translation>表示</translation>
    </message>
    <message>
        <source>Replace…</source>
        <translation>置き換え…</translation>
    </message>
    <message>
        <source>Put another file in place of the selected one, keeping its description.</source>
        <translation>選択したファイルを別のファイルに置き換えます。説明はそのまま残ります。</translation>
    </message>
</context>
<context>
    <name>scs::AuditReport</name>
    <message>
        <source>Revision %1</source>
        <translation>リビジョン %1</translation>
    </message>
    <message>
        <source>Not saved in a project file</source>
        <translation>プロジェクトファイルに未保存</translation>
    </message>
    <message>
        <source>%1, with unsaved changes</source>
        <translation>%1 (未保存の変更あり)</translation>
    </message>
    <message>
        <source>File</source>
        <translation>ファイル</translation>
    </message>
    <message>
        <source>Made from</source>
        <translation>作成元</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>日時</translation>
    </message>
    <message>
        <source>Completeness</source>
        <translation>完成度</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>指摘事項</translation>
    </message>
    <message>
        <source>%1, example %2</source>
        <translation>%1 (例 %2)</translation>
    </message>
    <message>
        <source>No findings.</source>
        <translation>指摘事項はありません。</translation>
    </message>
    <message>
        <source>Audit report</source>
        <translation>監査レポート</translation>
    </message>
    <message>
        <source>%1, file %2</source>
        <translation>%1（ファイル %2）</translation>
    </message>
</context>
<context>
    <name>scs::BoolEditor</name>
    <message>
        <source>Yes</source>
        <translation>はい</translation>
    </message>
    <message>
        <source>No</source>
        <translation>いいえ</translation>
    </message>
    <message>
        <source>Not answered</source>
        <translation>未回答</translation>
    </message>
</context>
<context>
    <name>scs::CaseDescription</name>
    <message numerus="yes">
        <source>%n segment(s)</source>
        <translation>
            <numerusform>%n セグメント</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n character(s)</source>
        <translation>
            <numerusform>%n 文字</numerusform>
        </translation>
    </message>
    <message>
        <source>Case description</source>
        <translation>ケースの説明</translation>
    </message>
    <message>
        <source>Double opt-in sequence</source>
        <translation>ダブルオプトインの手順</translation>
    </message>
    <message>
        <source>The messages sent with this short code will or may contain Protected Health Information (PHI) as defined by the Health Insurance Portability and Accountability Act (HIPAA) and associated legislation and regulations.</source>
        <translation>このショートコードで送信するメッセージには、医療保険の相互運用性と説明責任に関する法律 (HIPAA) および関連する法令で定義される保護対象保健情報 (PHI) が含まれる、または含まれる可能性があります。</translation>
    </message>
    <message>
        <source>In this same case, please also raise the monthly SMS spending threshold of this account to %1 USD.</source>
        <translation>このケースで、このアカウントの SMS の月間使用限度額も %1 USD に引き上げてください。</translation>
    </message>
    <message>
        <source>Example %1</source>
        <translation>例 %1</translation>
    </message>
    <message>
        <source>Example %1: %2</source>
        <translation>例 %1: %2</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1。%2</translation>
    </message>
    <message>
        <source>Figure %1: %2</source>
        <translation>図%1: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>who sends a message: what the message is</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Appendix: opt-in mockups</source>
        <translation>付録: オプトインのモックアップ</translation>
    </message>
    <message>
        <source>Appendix: the subscriber&apos;s conversation</source>
        <translation>付録: 加入者とのやり取り</translation>
    </message>
</context>
<context>
    <name>scs::Catalog</name>
    <message>
        <source>Transactional</source>
        <translation>トランザクション</translation>
    </message>
    <message>
        <source>Promotional</source>
        <translation>プロモーション</translation>
    </message>
    <message>
        <source>One-time passwords</source>
        <translation>ワンタイムパスワード</translation>
    </message>
    <message>
        <source>Text messages</source>
        <translation>テキストメッセージ</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>ウェブサイト</translation>
    </message>
    <message>
        <source>Mobile app</source>
        <translation>モバイルアプリ</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>その他</translation>
    </message>
    <message>
        <source>Promotions and marketing</source>
        <translation>プロモーションとマーケティング</translation>
    </message>
    <message>
        <source>Location-based services</source>
        <translation>位置情報サービス</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>通知</translation>
    </message>
    <message>
        <source>Information on demand</source>
        <translation>オンデマンド情報</translation>
    </message>
    <message>
        <source>Group chat</source>
        <translation>グループチャット</translation>
    </message>
    <message>
        <source>Two-factor authentication (2FA)</source>
        <translation>二要素認証 (2FA)</translation>
    </message>
    <message>
        <source>Polling and surveys</source>
        <translation>投票とアンケート</translation>
    </message>
    <message>
        <source>Sweepstakes or contests</source>
        <translation>懸賞またはコンテスト</translation>
    </message>
    <message>
        <source>English</source>
        <translation>英語</translation>
    </message>
    <message>
        <source>Japanese</source>
        <translation>日本語</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>下書き</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>提出済み</translation>
    </message>
    <message>
        <source>Provisioned</source>
        <translation>プロビジョニング済み</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>却下</translation>
    </message>
    <message>
        <source>Site or app that sends the messages</source>
        <translation>メッセージを送信するサイトまたはアプリ</translation>
    </message>
    <message>
        <source>A link to the website, app or service that will send the text messages, e.g. https://www.example.com. Reviewers open it to see who you are and what you offer, so give a public page that shows your brand.</source>
        <translation>テキストメッセージを送信するウェブサイト、アプリ、またはサービスへのリンクです（例: https://www.example.com）。審査担当者はこのページを開いて、申請者が誰で何を提供しているかを確認します。ブランドが分かる公開ページを指定してください。</translation>
    </message>
    <message>
        <source>Type of messages</source>
        <translation>メッセージの種類</translation>
    </message>
    <message>
        <source>The kind of messages you plan to send: transactional (alerts, notifications, receipts), promotional (marketing) or one-time passwords. Carriers review and route each kind differently.</source>
        <translation>送信する予定のメッセージの種類です。トランザクション（アラート、通知、領収書）、プロモーション（マーケティング）、ワンタイムパスワードから選びます。通信事業者は種類ごとに異なる方法で審査・配信します。</translation>
    </message>
    <message>
        <source>Destination country</source>
        <translation>送信先の国</translation>
    </message>
    <message>
        <source>The country your recipients are in, as a two-letter code such as US. A short code only reaches phones in the country where it is based: for several countries, file one request per country.</source>
        <translation>受信者がいる国を、US のような 2 文字のコードで指定します。ショートコードは、そのショートコードがある国の電話にしか届きません。複数の国に送る場合は、国ごとに申請を 1 件ずつ提出してください。</translation>
    </message>
    <message>
        <source>Quota</source>
        <translation>クォータ</translation>
    </message>
    <message>
        <source>The type of messages you plan to send with this short code. It should be the same as the type of messages under Case classification.</source>
        <translation>このショートコードで送信する予定のメッセージの種類です。「ケースの分類」で選んだメッセージの種類と同じにしてください。</translation>
    </message>
    <message>
        <source>New quota value</source>
        <translation>新しいクォータ値</translation>
    </message>
    <message>
        <source>The number of short codes you want to buy, usually 1. Every short code has fees of its own.</source>
        <translation>購入したいショートコードの数で、通常は 1 です。ショートコードごとに料金がかかります。</translation>
    </message>
    <message>
        <source>Monthly spending threshold (USD)</source>
        <translation>月間利用上限額（米ドル）</translation>
    </message>
    <message>
        <source>The most you want to spend on text messages in a month, in US dollars with two decimals, e.g. 250.00. The default is 1.00, which stops sending almost at once: ask for enough to cover the traffic you expect.</source>
        <translation>1 か月にテキストメッセージに使う上限額を、小数点以下 2 桁の米ドルで指定します（例: 250.00）。既定値は 1.00 で、これではほとんどすぐに送信が止まります。見込まれる送信量をまかなえる額を申請してください。</translation>
    </message>
    <message>
        <source>Expected messages per month</source>
        <translation>月間の想定メッセージ数</translation>
    </message>
    <message>
        <source>About how many messages you expect to send in a month. It is only used to estimate your costs and compare them with the threshold.</source>
        <translation>1 か月に送信する見込みのメッセージのおおよその数です。費用を見積もって上限額と比べるためだけに使います。</translation>
    </message>
    <message>
        <source>Request the increase in this case</source>
        <translation>このケースで引き上げを申請する</translation>
    </message>
    <message>
        <source>Whether you ask for the higher spending threshold in this same support case. You can also open a separate case for it.</source>
        <translation>利用上限額の引き上げを、この同じサポートケースで申請するかどうかです。別のケースで申請することもできます。</translation>
    </message>
    <message>
        <source>Company name</source>
        <translation>会社名</translation>
    </message>
    <message>
        <source>The legal name of your company, as in its official records.</source>
        <translation>公的な登記どおりの会社の正式名称です。</translation>
    </message>
    <message>
        <source>Mailing address</source>
        <translation>郵送先住所</translation>
    </message>
    <message>
        <source>The full postal address of your company, including the country.</source>
        <translation>国名を含む、会社の完全な郵送先住所です。</translation>
    </message>
    <message>
        <source>Primary contact name</source>
        <translation>主担当者の氏名</translation>
    </message>
    <message>
        <source>The person the provider and the carriers can contact about this request.</source>
        <translation>この申請についてプロバイダーと通信事業者が連絡できる担当者です。</translation>
    </message>
    <message>
        <source>Primary contact phone</source>
        <translation>主担当者の電話番号</translation>
    </message>
    <message>
        <source>The phone number of the primary contact, best in international form, e.g. +1 206 555 0100.</source>
        <translation>主担当者の電話番号です。国際形式での記入をお勧めします（例: +1 206 555 0100）。</translation>
    </message>
    <message>
        <source>Support e-mail address</source>
        <translation>サポート用メールアドレス</translation>
    </message>
    <message>
        <source>The e-mail address your customers write to for support. An address at your own domain reassures the reviewers; a free webmail address looks suspicious.</source>
        <translation>顧客がサポートを求めて連絡するメールアドレスです。自社ドメインのアドレスは審査担当者の信頼を得られますが、無料のウェブメールのアドレスは不審に見えます。</translation>
    </message>
    <message>
        <source>Support toll-free number</source>
        <translation>サポート用フリーダイヤル番号</translation>
    </message>
    <message>
        <source>A toll-free number your customers can call for support, e.g. +1 800 555 0100.</source>
        <translation>顧客がサポートを求めて電話できるフリーダイヤル番号です（例: +1 800 555 0100）。</translation>
    </message>
    <message>
        <source>Tax ID</source>
        <translation>納税者番号</translation>
    </message>
    <message>
        <source>Your company&apos;s tax identification number; in the US the 9-digit EIN, e.g. 12-3456789. The carriers use it to check that the company exists.</source>
        <translation>会社の納税者番号です。米国では 9 桁の EIN です（例: 12-3456789）。通信事業者はこれで会社が実在することを確認します。</translation>
    </message>
    <message>
        <source>Product or service name</source>
        <translation>製品またはサービスの名称</translation>
    </message>
    <message>
        <source>The name of the product or service the messages are about. Recipients should recognize it in every message.</source>
        <translation>メッセージの対象となる製品またはサービスの名称です。受信者がどのメッセージでもそれと分かるようにしてください。</translation>
    </message>
    <message>
        <source>Sign-up website</source>
        <translation>登録用ウェブサイト</translation>
    </message>
    <message>
        <source>The website on which your customers sign up to receive messages from your short code, often your company&apos;s website.</source>
        <translation>顧客がショートコードからのメッセージの受信に登録するウェブサイトです。多くの場合は会社のウェブサイトです。</translation>
    </message>
    <message>
        <source>Sign-up methods</source>
        <translation>登録方法</translation>
    </message>
    <message>
        <source>How users sign up to receive your messages: by text message, on a website, in a mobile app or in another way. Choose every way you offer.</source>
        <translation>ユーザーがメッセージの受信に登録する方法です。テキストメッセージ、ウェブサイト、モバイルアプリ、その他の方法から、提供しているものをすべて選んでください。</translation>
    </message>
    <message>
        <source>Other sign-up method</source>
        <translation>その他の登録方法</translation>
    </message>
    <message>
        <source>You chose Other: explain how users sign up, e.g. on a paper form at the shop counter.</source>
        <translation>「その他」を選んだ場合は、ユーザーがどのように登録するかを説明してください（例: 店頭カウンターの紙の申込書）。</translation>
    </message>
    <message>
        <source>Sign-up option text</source>
        <translation>登録オプションの文言</translation>
    </message>
    <message>
        <source>The exact text of the sign-up option on your site, in your app or elsewhere. Carriers expect it to name your brand, say that the messages are text messages and how often they come, say that message and data rates may apply, tell how to stop (STOP) and get help (HELP), and link to your terms and privacy policy.</source>
        <translation>サイト、アプリなどに表示する登録オプションの正確な文言です。通信事業者は、ブランド名、メッセージがテキストメッセージであることとその頻度、メッセージ・データ通信料がかかる場合があること、停止 (STOP) とヘルプ (HELP) の方法、利用規約とプライバシーポリシーへのリンクが含まれていることを求めます。</translation>
    </message>
    <message>
        <source>Opt-in request message</source>
        <translation>オプトイン依頼メッセージ</translation>
    </message>
    <message>
        <source>Double opt-in, message 1: the text sent when someone signs up, asking for consent to recurring messages. For example: &quot;ExampleCorp: Reply YES to receive account transaction alerts. Msg&amp;data rates may apply.&quot;</source>
        <translation>ダブルオプトインのメッセージ 1: 登録時に送信し、定期的なメッセージの受信への同意を求めるテキストです。例:「ExampleCorp: Reply YES to receive account transaction alerts. Msg&amp;data rates may apply.」</translation>
    </message>
    <message>
        <source>Opt-in reply keyword</source>
        <translation>オプトイン返信キーワード</translation>
    </message>
    <message>
        <source>Double opt-in, step 2: the reply you expect from the user to give consent, typically a keyword such as YES. The opt-in request message must tell the user to send it.</source>
        <translation>ダブルオプトインのステップ 2: 同意を示すためにユーザーから期待する返信で、通常は YES のようなキーワードです。オプトイン依頼メッセージで、このキーワードを送るようユーザーに案内する必要があります。</translation>
    </message>
    <message>
        <source>Opt-in confirmation message</source>
        <translation>オプトイン確認メッセージ</translation>
    </message>
    <message>
        <source>Double opt-in, message 3: sent when the user replies with the keyword. For example: &quot;You are now registered for account alerts from ExampleCorp. Msg&amp;data rates may apply. Txt STOP to cancel or HELP for info.&quot;</source>
        <translation>ダブルオプトインのメッセージ 3: ユーザーがキーワードで返信したときに送信します。例:「You are now registered for account alerts from ExampleCorp. Msg&amp;data rates may apply. Txt STOP to cancel or HELP for info.」</translation>
    </message>
    <message>
        <source>Purpose of the messages</source>
        <translation>メッセージの目的</translation>
    </message>
    <message>
        <source>The main purpose of the messages you plan to send with your short code. Choose the one that fits best.</source>
        <translation>ショートコードで送信する予定のメッセージの主な目的です。最も当てはまるものを 1 つ選んでください。</translation>
    </message>
    <message>
        <source>Other purpose</source>
        <translation>その他の目的</translation>
    </message>
    <message>
        <source>You chose Other: explain in a sentence or two what the messages are for.</source>
        <translation>「その他」を選んだ場合は、メッセージの目的を 1、2 文で説明してください。</translation>
    </message>
    <message>
        <source>Marketing for another business</source>
        <translation>他社のためのマーケティング</translation>
    </message>
    <message>
        <source>Whether you will send promotional or marketing messages for a business other than your own. US carriers refuse this kind of use (lead generation).</source>
        <translation>自社以外の事業者のためにプロモーションやマーケティングのメッセージを送信するかどうかです。米国の通信事業者はこの用途（リード獲得）を認めていません。</translation>
    </message>
    <message>
        <source>Protected Health Information</source>
        <translation>保護対象保健情報 (PHI)</translation>
    </message>
    <message>
        <source>Whether the messages will or may contain Protected Health Information (PHI) as defined by HIPAA. If so, say it in the case description too.</source>
        <translation>メッセージに HIPAA で定める保護対象保健情報 (PHI) が含まれる、または含まれる可能性があるかどうかです。該当する場合は、ケースの説明にもその旨を記載してください。</translation>
    </message>
    <message>
        <source>Keyword response</source>
        <translation>キーワード応答</translation>
    </message>
    <message>
        <source>The message sent when customers opt in by texting your keyword to the short code. It is registered with the carriers when the short code is created and can take several weeks to change, so check it carefully. For example: &quot;Welcome to ProductName alerts! Msg&amp;data rates apply. 2 msgs per month. Reply HELP for help, STOP to cancel.&quot;</source>
        <translation>顧客がキーワードをショートコードに送ってオプトインしたときに送信するメッセージです。ショートコードの作成時に通信事業者に登録され、変更には数週間かかることがあるため、よく確認してください。例:「Welcome to ProductName alerts! Msg&amp;data rates apply. 2 msgs per month. Reply HELP for help, STOP to cancel.」</translation>
    </message>
    <message>
        <source>HELP response</source>
        <translation>HELP 応答</translation>
    </message>
    <message>
        <source>The reply sent when customers text HELP. It has to include customer support contact information, such as a web address or a phone number. For example: &quot;ProductName Alerts: Help at example.com/help or (800) 555-0199. Msg&amp;data rates apply. 2 msgs per month. Reply STOP to cancel.&quot;</source>
        <translation>顧客が HELP と送信したときの返信です。ウェブアドレスや電話番号など、カスタマーサポートの連絡先を必ず含めてください。例:「ProductName Alerts: Help at example.com/help or (800) 555-0199. Msg&amp;data rates apply. 2 msgs per month. Reply STOP to cancel.」</translation>
    </message>
    <message>
        <source>STOP response</source>
        <translation>STOP 応答</translation>
    </message>
    <message>
        <source>The reply sent when customers text STOP. It has to confirm that they will get no more messages from you, and must not advertise anything. For example: &quot;You are unsubscribed from ProductName Alerts. No more messages will be sent. Reply HELP for help or (800) 555-0199.&quot;</source>
        <translation>顧客が STOP と送信したときの返信です。今後メッセージが届かないことを必ず確認する内容にし、宣伝を含めてはいけません。例:「You are unsubscribed from ProductName Alerts. No more messages will be sent. Reply HELP for help or (800) 555-0199.」</translation>
    </message>
    <message>
        <source>Subscription reminder</source>
        <translation>登録中のリマインダー</translation>
    </message>
    <message>
        <source>The text you send from time to time to remind users that they are subscribed. For example: &quot;Reminder: You&apos;re subscribed to account alerts from ExampleCorp. Msg&amp;data rates may apply. Txt STOP to cancel or HELP for info.&quot;</source>
        <translation>ユーザーに登録中であることを定期的に知らせるために送信するテキストです。例:「Reminder: You&apos;re subscribed to account alerts from ExampleCorp. Msg&amp;data rates may apply. Txt STOP to cancel or HELP for info.」</translation>
    </message>
    <message>
        <source>Example messages</source>
        <translation>メッセージの例</translation>
    </message>
    <message>
        <source>An example of every type of message you plan to send, at least three. If you send more than three types, give an example of each. Write the parts that vary in brackets, e.g. [name].</source>
        <translation>送信する予定のメッセージの種類ごとの例で、3 件以上必要です。4 種類以上送信する場合は、すべての種類の例を挙げてください。変わる部分は [name] のように角かっこで書いてください。</translation>
    </message>
    <message>
        <source>Preferred contact language</source>
        <translation>希望する連絡言語</translation>
    </message>
    <message>
        <source>The language in which you want to receive messages about this support case: English or Japanese.</source>
        <translation>このサポートケースに関する連絡を受け取りたい言語です（英語または日本語）。</translation>
    </message>
    <message>
        <source>Further notes</source>
        <translation>補足事項</translation>
    </message>
    <message>
        <source>Anything else the reviewers should know; it is printed at the end of the case description. If your messages will or may contain Protected Health Information, say so here.</source>
        <translation>審査担当者に伝えておきたいその他の事項です。ケースの説明の最後に印刷されます。メッセージに保護対象保健情報が含まれる、または含まれる可能性がある場合は、ここに記載してください。</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Where the request stands: draft, submitted, provisioned or declined.</source>
        <translation>申請の状況です（下書き、提出済み、プロビジョニング済み、却下）。</translation>
    </message>
    <message>
        <source>Support case number</source>
        <translation>サポートケース番号</translation>
    </message>
    <message>
        <source>The number of the support case in which you filed the request.</source>
        <translation>申請を提出したサポートケースの番号です。</translation>
    </message>
    <message>
        <source>Submitted on</source>
        <translation>提出日</translation>
    </message>
    <message>
        <source>The date you submitted the request. Fees start as soon as the request is initiated with the carriers, even before the short code is provisioned.</source>
        <translation>申請を提出した日付です。料金は、ショートコードのプロビジョニングが完了する前でも、通信事業者への申請が開始された時点から発生します。</translation>
    </message>
    <message>
        <source>Short code</source>
        <translation>ショートコード</translation>
    </message>
    <message>
        <source>The short code you were given: 3 to 7 digits depending on the country (5 or 6 in the US and Canada).</source>
        <translation>割り当てられたショートコードです。国によって 3 桁から 7 桁です（米国とカナダでは 5 桁または 6 桁）。</translation>
    </message>
    <message>
        <source>Provisioned on</source>
        <translation>プロビジョニング日</translation>
    </message>
    <message>
        <source>The date the short code was provisioned and associated with your account.</source>
        <translation>ショートコードがプロビジョニングされ、アカウントに関連付けられた日付です。</translation>
    </message>
    <message>
        <source>HELP response in the console</source>
        <translation>コンソールの HELP 応答</translation>
    </message>
    <message>
        <source>The HELP response the SMS settings page shows under Default keywords. It should be the HELP response you requested.</source>
        <translation>SMS 設定ページの「デフォルトのキーワード」に表示される HELP 応答です。申請した HELP 応答と同じである必要があります。</translation>
    </message>
    <message>
        <source>STOP response in the console</source>
        <translation>コンソールの STOP 応答</translation>
    </message>
    <message>
        <source>The STOP response the SMS settings page shows under Default keywords. It should be the STOP response you requested.</source>
        <translation>SMS 設定ページの「デフォルトのキーワード」に表示される STOP 応答です。申請した STOP 応答と同じである必要があります。</translation>
    </message>
    <message>
        <source>Registered keyword in the console</source>
        <translation>コンソールの登録済みキーワード</translation>
    </message>
    <message>
        <source>The opt-in keyword the SMS settings page shows under Registered keyword. It should be the opt-in reply keyword you requested.</source>
        <translation>SMS 設定ページの「登録済みキーワード」に表示されるオプトインキーワードです。申請したオプトイン返信キーワードと同じである必要があります。</translation>
    </message>
    <message>
        <source>Registered keyword response in the console</source>
        <translation>コンソールの登録済みキーワード応答</translation>
    </message>
    <message>
        <source>The response the SMS settings page shows for the registered keyword. It should be the keyword response you requested.</source>
        <translation>SMS 設定ページに登録済みキーワードの応答として表示される内容です。申請したキーワード応答と同じである必要があります。</translation>
    </message>
    <message>
        <source>Two-way SMS enabled</source>
        <translation>双方向 SMS が有効</translation>
    </message>
    <message>
        <source>Whether two-way SMS is turned on for the short code. You need it only for further keyword responses or to process incoming messages outside the provider&apos;s console.</source>
        <translation>ショートコードで双方向 SMS が有効になっているかどうかです。キーワード応答を追加する場合や、受信メッセージをプロバイダーのコンソール以外で処理する場合にだけ必要です。</translation>
    </message>
    <message>
        <source>Case classification</source>
        <translation>ケースの分類</translation>
    </message>
    <message>
        <source>How the support case is classified: the site that sends the messages, the type of messages and the country they go to.</source>
        <translation>サポートケースの分類です。メッセージを送信するサイト、メッセージの種類、送信先の国を指定します。</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>リクエスト</translation>
    </message>
    <message>
        <source>The service quota you ask for: how many dedicated short codes, for which type of messages. Quota type, region and resource type are always the same.</source>
        <translation>申請するサービスクォータです。どの種類のメッセージ用に専用ショートコードをいくつ求めるかを指定します。クォータの種類、リージョン、リソースの種類は常に同じです。</translation>
    </message>
    <message>
        <source>Monthly SMS spending threshold</source>
        <translation>月間 SMS 利用上限額</translation>
    </message>
    <message>
        <source>By default, sending stops once a month&apos;s text message charges reach USD 1.00. Ask for a threshold that covers your expected traffic, in this case or in a separate one.</source>
        <translation>既定では、1 か月のテキストメッセージ料金が 1.00 米ドルに達すると送信が止まります。見込まれる送信量をまかなえる上限額を、このケースまたは別のケースで申請してください。</translation>
    </message>
    <message>
        <source>Company information</source>
        <translation>会社情報</translation>
    </message>
    <message>
        <source>Who is asking. The carriers need every item here before the request can be processed.</source>
        <translation>申請者の情報です。申請が処理されるには、ここにあるすべての項目が通信事業者に必要です。</translation>
    </message>
    <message>
        <source>User sign-up process</source>
        <translation>ユーザーの登録手順</translation>
    </message>
    <message>
        <source>How people sign up to receive your messages, and the double opt-in messages that confirm their consent.</source>
        <translation>ユーザーがメッセージの受信に登録する方法と、その同意を確認するダブルオプトインのメッセージです。</translation>
    </message>
    <message>
        <source>What the messages are for. Carriers refuse some uses, and health information has to be declared.</source>
        <translation>メッセージの目的です。通信事業者が認めない用途があり、健康情報を含む場合は申告が必要です。</translation>
    </message>
    <message>
        <source>Message content</source>
        <translation>メッセージの内容</translation>
    </message>
    <message>
        <source>The messages registered with your short code: the keyword response, the HELP and STOP replies, the reminder, and an example of everything you will send.</source>
        <translation>ショートコードに登録するメッセージです。キーワード応答、HELP と STOP への返信、リマインダー、そして送信するすべてのメッセージの例です。</translation>
    </message>
    <message>
        <source>Contact options</source>
        <translation>連絡方法</translation>
    </message>
    <message>
        <source>The language in which support writes to you about this case.</source>
        <translation>このケースについてサポートから連絡を受ける言語です。</translation>
    </message>
    <message>
        <source>Further case notes</source>
        <translation>ケースの補足事項</translation>
    </message>
    <message>
        <source>Anything else the case description should say. It is printed last.</source>
        <translation>ケースの説明に加えたいその他の事項です。最後に印刷されます。</translation>
    </message>
    <message>
        <source>After submission</source>
        <translation>提出後</translation>
    </message>
    <message>
        <source>Where the request stands once it is filed. Fees may start as soon as the request is initiated with the carriers, before the short code works.</source>
        <translation>提出後の申請の状況です。ショートコードが使えるようになる前でも、通信事業者への申請が開始された時点から料金が発生することがあります。</translation>
    </message>
    <message>
        <source>Console settings after provisioning</source>
        <translation>プロビジョニング後のコンソール設定</translation>
    </message>
    <message>
        <source>What the SMS settings page shows once the short code is provisioned, compared with what you requested.</source>
        <translation>ショートコードのプロビジョニング後に SMS 設定ページに表示される内容で、申請した内容と照合します。</translation>
    </message>
    <message>
        <source>Quota type</source>
        <translation>クォータの種類</translation>
    </message>
    <message>
        <source>Pinpoint SMS</source>
        <translation>Pinpoint SMS</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>リージョン</translation>
    </message>
    <message>
        <source>No region specified</source>
        <translation>リージョン指定なし (No region specified)</translation>
    </message>
    <message>
        <source>Resource type</source>
        <translation>リソースの種類</translation>
    </message>
    <message>
        <source>Dedicated SMS Short Codes</source>
        <translation>専用 SMS ショートコード (Dedicated SMS Short Codes)</translation>
    </message>
    <message>
        <source>Financial services and banking</source>
        <translation>金融サービス・銀行</translation>
    </message>
    <message>
        <source>Lending and loans</source>
        <translation>貸付・ローン</translation>
    </message>
    <message>
        <source>Debt collection</source>
        <translation>債権回収</translation>
    </message>
    <message>
        <source>Insurance</source>
        <translation>保険</translation>
    </message>
    <message>
        <source>Healthcare</source>
        <translation>医療</translation>
    </message>
    <message>
        <source>Pharmacy</source>
        <translation>薬局</translation>
    </message>
    <message>
        <source>Retail and online shopping</source>
        <translation>小売・オンラインショッピング</translation>
    </message>
    <message>
        <source>Restaurants and food</source>
        <translation>飲食店・食品</translation>
    </message>
    <message>
        <source>Travel and hospitality</source>
        <translation>旅行・宿泊</translation>
    </message>
    <message>
        <source>Logistics and delivery</source>
        <translation>物流・配送</translation>
    </message>
    <message>
        <source>Technology and software</source>
        <translation>テクノロジー・ソフトウェア</translation>
    </message>
    <message>
        <source>Telecommunications</source>
        <translation>電気通信</translation>
    </message>
    <message>
        <source>Education</source>
        <translation>教育</translation>
    </message>
    <message>
        <source>Real estate</source>
        <translation>不動産</translation>
    </message>
    <message>
        <source>Nonprofit and charity</source>
        <translation>非営利団体・慈善団体</translation>
    </message>
    <message>
        <source>Political campaigns</source>
        <translation>政治活動</translation>
    </message>
    <message>
        <source>Government</source>
        <translation>行政機関</translation>
    </message>
    <message>
        <source>Media and entertainment</source>
        <translation>メディア・エンターテインメント</translation>
    </message>
    <message>
        <source>Gaming and sweepstakes</source>
        <translation>ゲーム・懸賞</translation>
    </message>
    <message>
        <source>Alcohol</source>
        <translation>酒類</translation>
    </message>
    <message>
        <source>Tobacco and vaping</source>
        <translation>たばこ・電子たばこ</translation>
    </message>
    <message>
        <source>Firearms</source>
        <translation>銃器</translation>
    </message>
    <message>
        <source>Cannabis, CBD and hemp</source>
        <translation>大麻・CBD・ヘンプ</translation>
    </message>
    <message>
        <source>Adult content</source>
        <translation>成人向けコンテンツ</translation>
    </message>
    <message>
        <source>No age check</source>
        <translation>年齢確認なし</translation>
    </message>
    <message>
        <source>18 or older</source>
        <translation>18 歳以上</translation>
    </message>
    <message>
        <source>21 or older</source>
        <translation>21 歳以上</translation>
    </message>
    <message>
        <source>AWS Region of the increase</source>
        <translation>引き上げを申請する AWS リージョン</translation>
    </message>
    <message>
        <source>The AWS Region whose spending threshold you want raised, e.g. us-east-1: the Region from which you send the messages. Needed when you ask for the increase in this case.</source>
        <translation>利用上限額を引き上げる AWS リージョンです（例: us-east-1）。メッセージを送信するリージョンを指定します。このケースで引き上げを申請する場合に必要です。</translation>
    </message>
    <message>
        <source>Brand name</source>
        <translation>ブランド名</translation>
    </message>
    <message>
        <source>The brand or trade name your messages and website use, if it is not the legal name: e.g. legal name &quot;Fabrikam Financial Holdings, Inc.&quot;, brand &quot;Fabrikam Bank&quot;. Reviewers look for this name in your messages.</source>
        <translation>メッセージやウェブサイトで使うブランド名または屋号で、正式名称と異なる場合に入力します。例: 正式名称「Fabrikam Financial Holdings, Inc.」、ブランド名「Fabrikam Bank」。審査担当者はメッセージにこの名前があるかを確認します。</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>業種</translation>
    </message>
    <message>
        <source>What your company does. Carriers refuse some industries outright, such as cannabis or collecting other companies&apos; debts, and allow others only with conditions: alcohol and tobacco need an age check, sweepstakes need official rules.</source>
        <translation>会社の事業内容です。大麻や他社の債権回収など、キャリアが一切認めない業種があり、条件付きでのみ認める業種もあります。酒類やたばこには年齢確認が、懸賞には公式ルールが必要です。</translation>
    </message>
    <message>
        <source>Terms and conditions page</source>
        <translation>利用規約のページ</translation>
    </message>
    <message>
        <source>The web page with the terms of your text message program: what you send, how often, that message and data rates may apply, and how to stop and get help. Link to it from the sign-up option.</source>
        <translation>テキストメッセージ配信の利用規約を掲載したウェブページです。送信する内容と頻度、メッセージ料金とデータ通信料がかかる場合があること、配信停止とヘルプの方法を記載します。登録オプションからリンクしてください。</translation>
    </message>
    <message>
        <source>Privacy policy page</source>
        <translation>プライバシーポリシーのページ</translation>
    </message>
    <message>
        <source>The web page with your privacy policy. Carriers expect it to say that phone numbers and consent are not shared with others for their marketing. Link to it from the sign-up option.</source>
        <translation>プライバシーポリシーを掲載したウェブページです。電話番号や同意の情報を第三者のマーケティングのために共有しないことが書かれているかをキャリアは確認します。登録オプションからリンクしてください。</translation>
    </message>
    <message>
        <source>Join keywords</source>
        <translation>登録キーワード</translation>
    </message>
    <message>
        <source>Words customers text to your short code to join, such as JOIN, separated by commas or spaces; each is 1 to 30 letters or digits. They are answered with the keyword response. Not the same as the opt-in reply keyword, which answers the opt-in request.</source>
        <translation>顧客が登録のためにショートコードへ送信する語（例: JOIN）を、カンマまたはスペースで区切って入力します。各キーワードは 1～30 文字の英数字です。これにはキーワード応答が返信されます。オプトイン要求に答えるオプトイン返信キーワードとは別のものです。</translation>
    </message>
    <message>
        <source>Age check at sign-up</source>
        <translation>登録時の年齢確認</translation>
    </message>
    <message>
        <source>The age your sign-up checks before it takes a phone number. Alcohol, tobacco and vaping need 21 or older; choose no age check when the messages are for everyone.</source>
        <translation>電話番号を受け付ける前に登録画面で確認する年齢です。酒類、たばこ、電子たばこには 21 歳以上の確認が必要です。誰でも受け取れるメッセージなら「年齢確認なし」を選んでください。</translation>
    </message>
    <message>
        <source>How the age is checked</source>
        <translation>年齢の確認方法</translation>
    </message>
    <message>
        <source>How the sign-up checks the age, e.g. the full date of birth is asked before the phone number field, and younger people cannot go on.</source>
        <translation>登録時に年齢をどう確認するかです。例: 電話番号の入力欄の前に生年月日をすべて入力させ、年齢に満たない人は先へ進めないようにしています。</translation>
    </message>
    <message>
        <source>Opt-in screenshots or mockups</source>
        <translation>オプトインのスクリーンショットまたはモックアップ</translation>
    </message>
    <message>
        <source>A screenshot or mockup of every place where customers sign up: the web page, the app screen, the paper form, the text message flow. PNG, JPEG or PDF, at most 1 MiB each and 10 in all. Reviewers compare them with your sign-up option text.</source>
        <translation>顧客が登録するすべての場所（ウェブページ、アプリの画面、紙の申込書、テキストメッセージでの手順）のスクリーンショットまたはモックアップです。PNG、JPEG、PDF 形式で、1 ファイル 1 MiB まで、合計 10 ファイルまでです。審査担当者は登録オプションの文言と照らし合わせます。</translation>
    </message>
    <message>
        <source>Official rules page</source>
        <translation>公式ルールのページ</translation>
    </message>
    <message>
        <source>The web page with the official rules of your sweepstakes or contest: who may enter, the prizes, the dates, and that no purchase is necessary. Carriers ask for it whenever the purpose is sweepstakes or contests.</source>
        <translation>懸賞またはコンテストの公式ルールを掲載したウェブページです。応募資格、賞品、期間、購入が不要であることを記載します。目的が懸賞またはコンテストの場合、キャリアは必ずこのページを求めます。</translation>
    </message>
    <message>
        <source>Opt-in evidence</source>
        <translation>オプトインの証拠</translation>
    </message>
    <message>
        <source>Pictures of every place where customers sign up for your messages. Carriers check that what people see there matches what you describe.</source>
        <translation>顧客がメッセージの受信を登録するすべての場所の画像です。そこで顧客が目にする内容が申請の説明と一致しているかをキャリアが確認します。</translation>
    </message>
</context>
<context>
    <name>scs::ChoiceEditor</name>
    <message>
        <source>(not chosen)</source>
        <translation>(未選択)</translation>
    </message>
</context>
<context>
    <name>scs::ConflictDialog</name>
    <message>
        <source>Conflicting Changes</source>
        <translation>変更の競合</translation>
    </message>
    <message numerus="yes">
        <source>Since you opened &quot;%1&quot;, someone else saved other values in %n answer(s) you changed too. Nothing was saved yet. Choose, answer by answer, whose value to keep; what they changed elsewhere is kept as well.</source>
        <translation>
            <numerusform>「%1」を開いた後に、あなたも変更した %n 件の回答に他の人が別の値を保存しました。まだ何も保存されていません。回答ごとに、どちらの値を残すか選んでください。相手がそれ以外の場所で行った変更もそのまま残ります。</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Take In Changes</source>
        <translation>変更の取り込み</translation>
    </message>
    <message numerus="yes">
        <source>Someone else saved other values in %n answer(s) of &quot;%1&quot; that you changed too and have not saved. Choose, answer by answer, whose value to keep; your edits stay unsaved until you save.</source>
        <translation>
            <numerusform>あなたが変更してまだ保存していない「%1」の %n 件の回答に、他の人が別の値を保存しました。回答ごとに、どちらの値を残すか選んでください。あなたの編集は保存するまで未保存のままです。</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Take In</source>
        <translation>取り込む(&amp;T)</translation>
    </message>
    <message>
        <source>Keep All &amp;Mine</source>
        <translation>すべて自分の値に(&amp;M)</translation>
    </message>
    <message>
        <source>Keep All &amp;Theirs</source>
        <translation>すべて相手の値に(&amp;T)</translation>
    </message>
</context>
<context>
    <name>scs::ConflictModel</name>
    <message>
        <source>The project&apos;s name</source>
        <translation>プロジェクト名</translation>
    </message>
    <message>
        <source>The request (its title, or kept on one side and removed on the other)</source>
        <translation>申請(タイトル、または一方で残し他方で削除)</translation>
    </message>
    <message>
        <source>(project)</source>
        <translation>(プロジェクト)</translation>
    </message>
    <message>
        <source>Mine, kept: %1</source>
        <translation>自分の値(残す): %1</translation>
    </message>
    <message>
        <source>Mine, dropped: %1</source>
        <translation>自分の値(破棄): %1</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>申請</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>回答</translation>
    </message>
    <message>
        <source>Theirs (saved in the workspace)</source>
        <translation>相手の値(ワークスペースに保存済み)</translation>
    </message>
    <message>
        <source>Mine (check to keep)</source>
        <translation>自分の値(チェックで残す)</translation>
    </message>
</context>
<context>
    <name>scs::Conversation</name>
    <message>
        <source>Join keyword</source>
        <translation>登録キーワード</translation>
    </message>
    <message>
        <source>Example %1</source>
        <translation>例 %1</translation>
    </message>
    <message>
        <source>Example %1: %2</source>
        <translation>例 %1: %2</translation>
    </message>
    <message>
        <source>The subscriber asks for help</source>
        <translation>加入者がヘルプを求める</translation>
    </message>
    <message>
        <source>The subscriber opts out</source>
        <translation>加入者が配信を停止する</translation>
    </message>
    <message>
        <source>Subscriber</source>
        <translation>加入者</translation>
    </message>
    <message>
        <source>Short code</source>
        <translation>ショートコード</translation>
    </message>
    <message>
        <source>No text yet: fill in “%1”.</source>
        <translation>まだ文面がありません。「%1」を入力してください。</translation>
    </message>
    <message>
        <source>The subscriber&apos;s conversation</source>
        <translation>加入者とのやり取り</translation>
    </message>
</context>
<context>
    <name>scs::ConversationBubble</name>
    <message>
        <source>%1: %2</source>
        <comment>who sends a message: what the message is</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Go to the field of this message</source>
        <translation>このメッセージの項目へ移動</translation>
    </message>
</context>
<context>
    <name>scs::ConversationPanel</name>
    <message>
        <source>No request is selected.</source>
        <translation>リクエストが選択されていません。</translation>
    </message>
</context>
<context>
    <name>scs::CountryEditor</name>
    <message>
        <source>Add a country: type its name or code</source>
        <translation>国を追加: 国名またはコードを入力</translation>
    </message>
    <message>
        <source>Remove the selected country</source>
        <translation>選択した国を削除</translation>
    </message>
    <message>
        <source>Show all countries</source>
        <translation>すべての国を表示</translation>
    </message>
</context>
<context>
    <name>scs::DateEditor</name>
    <message>
        <source>Not set</source>
        <translation>未設定</translation>
    </message>
    <message>
        <source>Clear the date</source>
        <translation>日付をクリア</translation>
    </message>
</context>
<context>
    <name>scs::ExamplesEditor</name>
    <message>
        <source>Example %1</source>
        <translation>例 %1</translation>
    </message>
    <message>
        <source>Add an example</source>
        <translation>例を追加</translation>
    </message>
    <message>
        <source>Remove the selected example</source>
        <translation>選択した例を削除</translation>
    </message>
    <message>
        <source>Move the selected example up</source>
        <translation>選択した例を上へ移動</translation>
    </message>
    <message>
        <source>Move the selected example down</source>
        <translation>選択した例を下へ移動</translation>
    </message>
</context>
<context>
    <name>scs::ExamplesModel</name>
    <message numerus="yes">
        <source>%1 · %n segment(s)</source>
        <extracomment>An example&apos;s encoding and segments, e.g. &quot;GSM-7 · 2 segments&quot;.</extracomment>
        <translation>
            <numerusform>%1 · %n セグメント</numerusform>
        </translation>
    </message>
    <message>
        <source>Label</source>
        <translation>ラベル</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>メッセージ</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
</context>
<context>
    <name>scs::ExportActions</name>
    <message>
        <source>&amp;Print…</source>
        <translation>印刷(&amp;P)…</translation>
    </message>
    <message>
        <source>Print Pre&amp;view…</source>
        <translation>印刷プレビュー(&amp;V)…</translation>
    </message>
    <message>
        <source>Export Case Description as P&amp;DF…</source>
        <translation>ケースの説明を PDF でエクスポート(&amp;D)…</translation>
    </message>
    <message>
        <source>Export Case Description as &amp;Text…</source>
        <translation>ケースの説明をテキストでエクスポート(&amp;T)…</translation>
    </message>
    <message>
        <source>Export Case Description as &amp;Markdown…</source>
        <translation>ケースの説明を Markdown でエクスポート(&amp;M)…</translation>
    </message>
    <message>
        <source>Export A&amp;udit Report as PDF…</source>
        <translation>監査レポートを PDF でエクスポート(&amp;U)…</translation>
    </message>
    <message>
        <source>&amp;Copy Case Description</source>
        <translation>ケースの説明をコピー(&amp;C)</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF ファイル (*.pdf)</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 に書き込めません: %2</translation>
    </message>
    <message>
        <source>Text files (*.txt)</source>
        <translation>テキストファイル (*.txt)</translation>
    </message>
    <message>
        <source>Markdown files (*.md)</source>
        <translation>Markdown ファイル (*.md)</translation>
    </message>
</context>
<context>
    <name>scs::FieldRow</name>
    <message>
        <source>%1 *</source>
        <translation>%1 *</translation>
    </message>
</context>
<context>
    <name>scs::FileActions</name>
    <message>
        <source>Example</source>
        <translation>例</translation>
    </message>
    <message>
        <source>Projects and requests (*.scproj *.json);;Shortcode Studio projects (*.scproj);;Request files (*.json);;All files (*)</source>
        <translation>プロジェクトと申請 (*.scproj *.json);;Shortcode Studio プロジェクト (*.scproj);;申請ファイル (*.json);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>%1 を開きました</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 を保存しました</translation>
    </message>
    <message>
        <source>Shortcode Studio projects (*.scproj)</source>
        <translation>Shortcode Studio プロジェクト (*.scproj)</translation>
    </message>
    <message>
        <source>%1 has unsaved changes. Save them?</source>
        <translation>%1 には保存されていない変更があります。保存しますか?</translation>
    </message>
    <message>
        <source>Request files (*.json);;All files (*)</source>
        <translation>申請ファイル (*.json);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Request files (*.json)</source>
        <translation>申請ファイル (*.json)</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>%1 にエクスポートしました</translation>
    </message>
    <message>
        <source>Could not save %1: %2</source>
        <translation>%1 を保存できませんでした: %2</translation>
    </message>
    <message>
        <source>Restore Revision %1</source>
        <translation>リビジョン %1 に戻す</translation>
    </message>
    <message>
        <source>Restored revision %1. Save to keep it as a new revision; Undo takes it back.</source>
        <translation>リビジョン %1 に戻しました。保存すると新しいリビジョンとして残ります。「元に戻す」で取り消せます。</translation>
    </message>
    <message>
        <source>%1 revision %2.json</source>
        <extracomment>The suggested file name of a revision exported as JSON: the project&apos;s name and the revision.</extracomment>
        <translation>%1 リビジョン %2.json</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>最近使ったファイル(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;New Project</source>
        <translation>新規プロジェクト(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>開く(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>名前を付けて保存(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>閉じる(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Import JSON…</source>
        <translation>JSON をインポート(&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;Export Request as JSON…</source>
        <translation>申請を JSON でエクスポート(&amp;E)…</translation>
    </message>
    <message>
        <source>Export &amp;Project as JSON…</source>
        <translation>プロジェクトを JSON でエクスポート(&amp;P)…</translation>
    </message>
    <message>
        <source>Revision &amp;History…</source>
        <translation>リビジョン履歴(&amp;H)…</translation>
    </message>
</context>
<context>
    <name>scs::FindActions</name>
    <message>
        <source>&amp;Find…</source>
        <translation>検索(&amp;F)…</translation>
    </message>
    <message>
        <source>Find &amp;Next</source>
        <translation>次を検索(&amp;N)</translation>
    </message>
    <message>
        <source>Find Pre&amp;vious</source>
        <translation>前を検索(&amp;V)</translation>
    </message>
</context>
<context>
    <name>scs::FindBar</name>
    <message>
        <source>Not found</source>
        <translation>見つかりません</translation>
    </message>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <extracomment>Which match of how many the editor shows, e.g. &quot;3 of 12&quot;.</extracomment>
        <translation>%2 件中 %1 件目</translation>
    </message>
    <message>
        <source>Find:</source>
        <translation>検索:</translation>
    </message>
    <message>
        <source>Text in any field of any request</source>
        <translation>すべての申請のすべての項目から探すテキスト</translation>
    </message>
    <message>
        <source>Previous match (Shift+F3)</source>
        <translation>前を検索 (Shift+F3)</translation>
    </message>
    <message>
        <source>Next match (F3)</source>
        <translation>次を検索 (F3)</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>閉じる (Esc)</translation>
    </message>
</context>
<context>
    <name>scs::FindingsModel</name>
    <message>
        <source>(untitled request)</source>
        <translation>(無題の申請)</translation>
    </message>
    <message>
        <source>%1 (example %2)</source>
        <translation>%1 (例 %2)</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>根拠: %1</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>重要度</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>申請</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>項目</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>メッセージ</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>ルール</translation>
    </message>
</context>
<context>
    <name>scs::FindingsPanel</name>
    <message>
        <source>Show or hide errors</source>
        <translation>エラーの表示/非表示</translation>
    </message>
    <message>
        <source>Show or hide warnings</source>
        <translation>警告の表示/非表示</translation>
    </message>
    <message>
        <source>Show or hide information</source>
        <translation>情報の表示/非表示</translation>
    </message>
    <message>
        <source>This request</source>
        <translation>この申請</translation>
    </message>
    <message>
        <source>All requests</source>
        <translation>すべての申請</translation>
    </message>
    <message>
        <source>Show the findings of the selected request, or of every request of the project</source>
        <translation>選択中の申請の指摘、またはプロジェクトのすべての申請の指摘を表示します</translation>
    </message>
    <message>
        <source>Show rule &amp;ids</source>
        <translation>ルール ID を表示(&amp;I)</translation>
    </message>
</context>
<context>
    <name>scs::HistoryDialog</name>
    <message>
        <source>This project has not been saved yet.</source>
        <translation>このプロジェクトはまだ保存されていません。</translation>
    </message>
    <message>
        <source>Revision %1, saved %2 by %3</source>
        <translation>リビジョン %1 (%2 に %3 が保存)</translation>
    </message>
    <message>
        <source>Changes from revision %1 to revision %2</source>
        <translation>リビジョン %1 から %2 への変更</translation>
    </message>
    <message>
        <source>No differences.</source>
        <translation>差分はありません。</translation>
    </message>
    <message>
        <source>Select one revision to see its changes, or two to compare them.</source>
        <translation>変更内容を見るにはリビジョンを 1 つ、比較するには 2 つ選択してください。</translation>
    </message>
    <message>
        <source>Revision History</source>
        <translation>リビジョン履歴</translation>
    </message>
    <message>
        <source>Every save is a revision. Select one to see what it changed, or two (Ctrl+click) to compare them.</source>
        <translation>保存するたびにリビジョンが 1 つ記録されます。1 つ選択するとその変更内容を、2 つ選択 (Ctrl+クリック) すると差分を表示します。</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>リビジョン</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>保存日時</translation>
    </message>
    <message>
        <source>By</source>
        <translation>保存者</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>変更</translation>
    </message>
    <message>
        <source>(untitled request)</source>
        <translation>(無題の申請)</translation>
    </message>
    <message>
        <source>%1, %2: %3 → %4</source>
        <extracomment>A field changed in a revision: the request, the field&apos;s label, the old and the new value.</extracomment>
        <translation>%1、%2: %3 → %4</translation>
    </message>
    <message>
        <source>&amp;Restore This Revision</source>
        <translation>このリビジョンに戻す(&amp;R)</translation>
    </message>
    <message>
        <source>Makes the project what it was in this revision, as an edit you can undo; saving records it as a new revision.</source>
        <translation>プロジェクトをこのリビジョンの内容に戻します。元に戻すことができる編集として行われ、保存すると新しいリビジョンとして記録されます。</translation>
    </message>
    <message>
        <source>&amp;Export as JSON…</source>
        <translation>JSON でエクスポート(&amp;E)…</translation>
    </message>
</context>
<context>
    <name>scs::InputFile</name>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 は存在しません。</translation>
    </message>
    <message>
        <source>%1 is a folder, not a file.</source>
        <translation>%1 はフォルダーです。ファイルではありません。</translation>
    </message>
    <message>
        <source>%1 is not a regular file (it is a pipe, a device or a socket), so it was not read.</source>
        <translation>%1 は通常のファイルではない (パイプ、デバイスまたはソケットです) ため、読み込みませんでした。</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>%1 を読み込めませんでした: %2</translation>
    </message>
    <message>
        <source>%1 is too large to be a request file (more than %2 MB).</source>
        <translation>%1 は申請ファイルとしては大きすぎます (%2 MB を超えています)。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>A file that could not be read as a request: the file, then what is wrong with it.</extracomment>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>scs::IntegerEditor</name>
    <message>
        <source>(empty)</source>
        <translation>(空欄)</translation>
    </message>
</context>
<context>
    <name>scs::JsonFormat</name>
    <message>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <source>true</source>
        <translation>true</translation>
    </message>
    <message>
        <source>false</source>
        <translation>false</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>数値</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>文字列</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>配列</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>オブジェクト</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>値なし</translation>
    </message>
    <message>
        <source>an array of two-letter country codes, such as [&quot;US&quot;]</source>
        <translation>2 文字の国コードの配列（例: [&quot;US&quot;]）</translation>
    </message>
    <message>
        <source>a string, one of: %1</source>
        <translation>次のいずれかの文字列: %1</translation>
    </message>
    <message>
        <source>an array of strings, each one of: %1</source>
        <translation>次のいずれかの値を要素とする文字列の配列: %1</translation>
    </message>
    <message>
        <source>true, false or null</source>
        <translation>true、false、null のいずれか</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>整数</translation>
    </message>
    <message>
        <source>a string with an amount such as &quot;25.00&quot;</source>
        <translation>&quot;25.00&quot; のような金額の文字列</translation>
    </message>
    <message>
        <source>a string with a date such as &quot;2026-11-27&quot;</source>
        <translation>&quot;2026-11-27&quot; のような日付の文字列</translation>
    </message>
    <message>
        <source>an array of objects with &quot;label&quot; and &quot;text&quot;</source>
        <translation>&quot;label&quot; と &quot;text&quot; を持つオブジェクトの配列</translation>
    </message>
    <message>
        <source>expected &quot;%1&quot; or &quot;%2&quot;</source>
        <translation>&quot;%1&quot; または &quot;%2&quot; である必要があります</translation>
    </message>
    <message>
        <source>The document has no &quot;format&quot;; %1.</source>
        <translation>ドキュメントに &quot;format&quot; がありません。%1。</translation>
    </message>
    <message>
        <source>Unknown format %1; %2.</source>
        <translation>不明な形式 %1 です。%2。</translation>
    </message>
    <message>
        <source>The document has no &quot;version&quot;.</source>
        <translation>ドキュメントに &quot;version&quot; がありません。</translation>
    </message>
    <message>
        <source>The version must be a whole number, not %1.</source>
        <translation>バージョンは整数である必要があります（指定値: %1）。</translation>
    </message>
    <message>
        <source>The document was made by a newer version of Shortcode Studio (format version %1); this version reads format version %2. Update Shortcode Studio to open it.</source>
        <translation>このドキュメントは新しいバージョンの Shortcode Studio で作成されています（形式バージョン %1）。このバージョンで読み込めるのは形式バージョン %2 までです。開くには Shortcode Studio を更新してください。</translation>
    </message>
    <message>
        <source>Format version %1 does not exist; versions start at 1.</source>
        <translation>形式バージョン %1 は存在しません。バージョンは 1 から始まります。</translation>
    </message>
    <message>
        <source>Unknown key &quot;%1&quot;.</source>
        <translation>不明なキー &quot;%1&quot; です。</translation>
    </message>
    <message>
        <source>A project&apos;s requests must have the format &quot;%1&quot;, not &quot;%2&quot;.</source>
        <translation>プロジェクト内の申請の形式は &quot;%1&quot; である必要があります（指定値: &quot;%2&quot;）。</translation>
    </message>
    <message>
        <source>The title must be a string, not %1.</source>
        <translation>タイトルは文字列である必要があります（指定値: %1）。</translation>
    </message>
    <message>
        <source>&quot;fields&quot; must be an object keyed by field id, not %1.</source>
        <translation>&quot;fields&quot; は項目 ID をキーとするオブジェクトである必要があります（指定値: %1）。</translation>
    </message>
    <message>
        <source>Unknown field &quot;%1&quot;.</source>
        <translation>不明な項目 &quot;%1&quot; です。</translation>
    </message>
    <message>
        <source>The field %1 must be %2, not %3.</source>
        <translation>項目 %1 は%2である必要があります（指定値: %3）。</translation>
    </message>
    <message>
        <source>Each entry of %1 must be a string, not %2.</source>
        <translation>%1 の各要素は文字列である必要があります（指定値: %2）。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is listed twice in %2.</source>
        <translation>%2 に &quot;%1&quot; が重複しています。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a choice of %2; the choices are: %3.</source>
        <translation>&quot;%1&quot; は %2 の選択肢ではありません。選択肢: %3。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; in %2 is not an amount with two decimal places, such as &quot;25.00&quot;.</source>
        <translation>%2 の &quot;%1&quot; は、&quot;25.00&quot; のような小数点以下 2 桁の金額ではありません。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; in %2 is not a date in the form yyyy-MM-dd, such as &quot;2026-11-27&quot;.</source>
        <translation>%2 の &quot;%1&quot; は、&quot;2026-11-27&quot; のような yyyy-MM-dd 形式の日付ではありません。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; in %2 is not a country code of two upper-case letters, such as &quot;US&quot;.</source>
        <translation>%2 の &quot;%1&quot; は、&quot;US&quot; のような大文字 2 文字の国コードではありません。</translation>
    </message>
    <message>
        <source>The field %1 must be a whole number, not %2.</source>
        <translation>項目 %1 は整数である必要があります（指定値: %2）。</translation>
    </message>
    <message>
        <source>The field %1 must be between %2 and %3, not %4.</source>
        <translation>項目 %1 は %2 以上 %3 以下である必要があります（指定値: %4）。</translation>
    </message>
    <message>
        <source>Each example of %1 must be an object with &quot;label&quot; and &quot;text&quot;, not %2.</source>
        <translation>%1 の各例は &quot;label&quot; と &quot;text&quot; を持つオブジェクトである必要があります（指定値: %2）。</translation>
    </message>
    <message>
        <source>Unknown key &quot;%1&quot; in an example of %2; an example has only &quot;label&quot; and &quot;text&quot;.</source>
        <translation>%2 の例に不明なキー &quot;%1&quot; があります。例に指定できるのは &quot;label&quot; と &quot;text&quot; だけです。</translation>
    </message>
    <message>
        <source>An example of %1 has no &quot;%2&quot;.</source>
        <translation>%1 の例に &quot;%2&quot; がありません。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; of an example of %2 must be a string, not %3.</source>
        <translation>%2 の例の &quot;%1&quot; は文字列である必要があります（指定値: %3）。</translation>
    </message>
    <message>
        <source>The project name must be a string, not %1.</source>
        <translation>プロジェクト名は文字列である必要があります（指定値: %1）。</translation>
    </message>
    <message>
        <source>The project has no &quot;requests&quot;.</source>
        <translation>プロジェクトに &quot;requests&quot; がありません。</translation>
    </message>
    <message>
        <source>&quot;requests&quot; must be an array of requests, not %1.</source>
        <translation>&quot;requests&quot; は申請の配列である必要があります（指定値: %1）。</translation>
    </message>
    <message>
        <source>Each request must be an object, not %1.</source>
        <translation>各申請はオブジェクトである必要があります（指定値: %1）。</translation>
    </message>
    <message>
        <source>The file is not valid JSON: %1.</source>
        <translation>ファイルが正しい JSON ではありません: %1。</translation>
    </message>
    <message>
        <source>The document must be a JSON object, not %1.</source>
        <translation>ドキュメントは JSON オブジェクトである必要があります（指定値: %1）。</translation>
    </message>
    <message>
        <source>a single value</source>
        <translation>単一の値</translation>
    </message>
    <message>
        <source>%1 (at %2)</source>
        <translation>%1 (位置: %2)</translation>
    </message>
    <message>
        <source>%1 (line %2, column %3)</source>
        <translation>%1 (%2 行 %3 列)</translation>
    </message>
    <message>
        <source>an array of keywords, such as [&quot;JOIN&quot;]</source>
        <translation>[&quot;JOIN&quot;] のようなキーワードの配列</translation>
    </message>
    <message>
        <source>an array of objects with &quot;name&quot;, &quot;media_type&quot;, &quot;description&quot; and &quot;data&quot;</source>
        <translation>&quot;name&quot;、&quot;media_type&quot;、&quot;description&quot;、&quot;data&quot; を持つオブジェクトの配列</translation>
    </message>
    <message>
        <source>Each attachment of %1 must be an object with &quot;name&quot;, &quot;media_type&quot;, &quot;description&quot; and &quot;data&quot;, not %2.</source>
        <translation>%1 の各添付ファイルは &quot;name&quot;、&quot;media_type&quot;、&quot;description&quot;、&quot;data&quot; を持つオブジェクトである必要があります（指定値: %2）。</translation>
    </message>
    <message>
        <source>Unknown key &quot;%1&quot; in an attachment of %2; an attachment has only &quot;name&quot;, &quot;media_type&quot;, &quot;description&quot; and &quot;data&quot;.</source>
        <translation>%2 の添付ファイルに不明なキー &quot;%1&quot; があります。添付ファイルに指定できるのは &quot;name&quot;、&quot;media_type&quot;、&quot;description&quot;、&quot;data&quot; だけです。</translation>
    </message>
    <message>
        <source>An attachment of %1 has no &quot;%2&quot;.</source>
        <translation>%1 の添付ファイルに &quot;%2&quot; がありません。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; of an attachment of %2 must be a string, not %3.</source>
        <translation>%2 の添付ファイルの &quot;%1&quot; は文字列である必要があります（指定値: %3）。</translation>
    </message>
    <message>
        <source>Attachment %1 of %2 has no file name.</source>
        <translation>%2 の添付ファイル %1 にファイル名がありません。</translation>
    </message>
    <message>
        <source>&quot;data&quot; of attachment %1 (%2) of %3 is not valid base64.</source>
        <translation>%3 の添付ファイル %1（%2）の &quot;data&quot; は正しい base64 ではありません。</translation>
    </message>
    <message>
        <source>The key &quot;%1&quot; appears twice in the same object; a key may appear only once.</source>
        <translation>同じオブジェクトにキー &quot;%1&quot; が 2 回あります。キーは 1 回しか指定できません。</translation>
    </message>
    <message>
        <source>A key contains the control character U+%1 as it is; JSON text must write it as the escape \u%1.</source>
        <translation>キーに制御文字 U+%1 がそのまま含まれています。JSON のテキストではエスケープ \u%1 として書く必要があります。</translation>
    </message>
    <message>
        <source>The text of &quot;%1&quot; contains the control character U+%2 as it is; JSON text must write it as the escape \u%2.</source>
        <translation>&quot;%1&quot; のテキストに制御文字 U+%2 がそのまま含まれています。JSON のテキストではエスケープ \u%2 として書く必要があります。</translation>
    </message>
    <message>
        <source>A key contains \u%1, half of a UTF-16 surrogate pair without its other half, which is not a character.</source>
        <translation>キーに \u%1 が含まれています。これは片方だけの UTF-16 サロゲートペアで、文字ではありません。</translation>
    </message>
    <message>
        <source>The text of &quot;%1&quot; contains \u%2, half of a UTF-16 surrogate pair without its other half, which is not a character. Remove it or write the whole character.</source>
        <translation>&quot;%1&quot; のテキストに \u%2 が含まれています。これは片方だけの UTF-16 サロゲートペアで、文字ではありません。削除するか、文字全体を書いてください。</translation>
    </message>
</context>
<context>
    <name>scs::LimitedTextEdit</name>
    <message>
        <source>Not pasted: the text would have %1 characters; this field takes at most %2.</source>
        <translation>貼り付けませんでした: 貼り付けると %1 文字になりますが、この項目は %2 文字までです。</translation>
    </message>
</context>
<context>
    <name>scs::LineEditor</name>
    <message>
        <source>name@company.com</source>
        <translation>name@company.com</translation>
    </message>
    <message>
        <source>+1 206 555 0100</source>
        <translation>+1 206 555 0100</translation>
    </message>
</context>
<context>
    <name>scs::MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>表示(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>言語(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;About Shortcode Studio</source>
        <translation>Shortcode Studio について(&amp;A)</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Qt について(&amp;Q)</translation>
    </message>
    <message>
        <source>%1[*] — Shortcode Studio</source>
        <translation>%1[*] — Shortcode Studio</translation>
    </message>
    <message>
        <source>No request</source>
        <translation>申請なし</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>編集(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Request</source>
        <translation>申請(&amp;R)</translation>
    </message>
    <message>
        <source>The last autosave failed: %1</source>
        <translation>前回の自動保存に失敗しました: %1</translation>
    </message>
    <message>
        <source>%1 · %2 · %3 · %4</source>
        <extracomment>The status bar: required answers given (&quot;12 of 40 required answers&quot;), then the findings.</extracomment>
        <translation>%1 · %2 · %3 · %4</translation>
    </message>
    <message>
        <source>&amp;Findings Panel</source>
        <translation>指摘パネル(&amp;F)</translation>
    </message>
    <message>
        <source>Findings of &amp;All Requests</source>
        <translation>すべての申請の指摘(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Next Section</source>
        <translation>次のセクション(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Previous Section</source>
        <translation>前のセクション(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Conversation</source>
        <translation>やり取り(&amp;C)</translation>
    </message>
    <message>
        <source>Show the messages a subscriber exchanges with the short code</source>
        <translation>加入者とショートコードの間でやり取りされるメッセージを表示します</translation>
    </message>
</context>
<context>
    <name>scs::OpenWorkspaceDialog</name>
    <message>
        <source>Connecting…</source>
        <translation>接続しています…</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>開く(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;List Projects</source>
        <translation>プロジェクトを一覧表示(&amp;L)</translation>
    </message>
    <message>
        <source>Open Workspace</source>
        <translation>ワークスペースを開く</translation>
    </message>
    <message>
        <source>&amp;Workspace:</source>
        <translation>ワークスペース(&amp;W):</translation>
    </message>
    <message>
        <source>host=db.example.com dbname=shortcodes, or postgresql://…</source>
        <translation>host=db.example.com dbname=shortcodes または postgresql://…</translation>
    </message>
    <message>
        <source>Passwords are taken from ~/.pgpass, the PGPASSWORD variable or a service file, never from this address, and are not remembered here.</source>
        <translation>パスワードは ~/.pgpass、PGPASSWORD 環境変数またはサービスファイルから読み取られます。このアドレスには含めず、ここに記憶されることもありません。</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>再読み込み(&amp;R)</translation>
    </message>
    <message>
        <source>This workspace has no projects yet. Move one in with &quot;shortcode-audit import FILE.scproj --workspace ADDRESS&quot;.</source>
        <translation>このワークスペースにはまだプロジェクトがありません。「shortcode-audit import FILE.scproj --workspace ADDRESS」で移してください。</translation>
    </message>
    <message numerus="yes">
        <source>%n project(s) in this workspace.</source>
        <translation>
            <numerusform>このワークスペースには %n 件のプロジェクトがあります。</numerusform>
        </translation>
    </message>
    <message>
        <source>Enter the workspace&apos;s address and press Enter to list its projects.</source>
        <translation>ワークスペースのアドレスを入力し、Enter キーを押すとプロジェクトが一覧表示されます。</translation>
    </message>
</context>
<context>
    <name>scs::ProjectDocument</name>
    <message>
        <source>Untitled</source>
        <translation>無題</translation>
    </message>
</context>
<context>
    <name>scs::ProjectLimits</name>
    <message>
        <source>The project name has %L1 characters; the limit is %L2.</source>
        <translation>プロジェクト名が %L1 文字あります。上限は %L2 文字です。</translation>
    </message>
    <message>
        <source>The project has %L1 requests; the limit is %L2.</source>
        <translation>プロジェクトに申請が %L1 件あります。上限は %L2 件です。</translation>
    </message>
    <message>
        <source>The title of request %L1 has %L2 characters; the limit is %L3.</source>
        <translation>申請 %L1 のタイトルが %L2 文字あります。上限は %L3 文字です。</translation>
    </message>
    <message>
        <source>Entry %L1 of the field %2 has %L3 characters; the limit is %L4.</source>
        <translation>項目 %2 の %L1 番目の値が %L3 文字あります。上限は %L4 文字です。</translation>
    </message>
    <message>
        <source>The field %1 has %L2 examples; the limit is %L3.</source>
        <translation>項目 %1 にメッセージ例が %L2 件あります。上限は %L3 件です。</translation>
    </message>
    <message>
        <source>The field %1 has %L2 entries; the limit is %L3.</source>
        <translation>項目 %1 に値が %L2 個あります。上限は %L3 個です。</translation>
    </message>
    <message>
        <source>The field %1 has %L2 characters; the limit is %L3.</source>
        <translation>項目 %1 が %L2 文字あります。上限は %L3 文字です。</translation>
    </message>
    <message>
        <source>The label of example %L1 of the field %2 has %L3 characters; the limit is %L4.</source>
        <translation>項目 %2 のメッセージ例 %L1 のラベルが %L3 文字あります。上限は %L4 文字です。</translation>
    </message>
    <message>
        <source>The text of example %L1 of the field %2 has %L3 characters; the limit is %L4.</source>
        <translation>項目 %2 のメッセージ例 %L1 の本文が %L3 文字あります。上限は %L4 文字です。</translation>
    </message>
    <message>
        <source>The field %1 has %L2 attachments; the limit is %L3.</source>
        <translation>項目 %1 に添付ファイルが %L2 個あります。上限は %L3 個です。</translation>
    </message>
    <message>
        <source>The file name of attachment %L1 of the field %2 has %L3 characters; the limit is %L4.</source>
        <translation>項目 %2 の添付ファイル %L1 のファイル名が %L3 文字あります。上限は %L4 文字です。</translation>
    </message>
    <message>
        <source>The media type of attachment %L1 of the field %2 has %L3 characters; the limit is %L4.</source>
        <translation>項目 %2 の添付ファイル %L1 のメディアタイプが %L3 文字あります。上限は %L4 文字です。</translation>
    </message>
    <message>
        <source>The description of attachment %L1 of the field %2 has %L3 characters; the limit is %L4.</source>
        <translation>項目 %2 の添付ファイル %L1 の説明が %L3 文字あります。上限は %L4 文字です。</translation>
    </message>
    <message>
        <source>Attachment %L1 of the field %2 has %L3 bytes; the most Shortcode Studio opens is %L4.</source>
        <translation>項目 %2 の添付ファイル %L1 が %L3 バイトあります。Shortcode Studio が開けるのは %L4 バイトまでです。</translation>
    </message>
    <message>
        <source>The attachments of request %L1 have %L2 bytes in all; the most Shortcode Studio opens is %L3.</source>
        <translation>申請 %L1 の添付ファイルが合計 %L2 バイトあります。Shortcode Studio が開けるのは %L3 バイトまでです。</translation>
    </message>
    <message>
        <source>A value in the file is larger than %L1 MB, the most Shortcode Studio reads.</source>
        <translation>ファイル内の値が、Shortcode Studio が読み込める上限の %L1 MB を超えています。</translation>
    </message>
    <message>
        <source>A value of the file (%1.%2) has %L3 characters; the limit is %L4.</source>
        <translation>ファイル内の値 (%1.%2) が %L3 文字あります。上限は %L4 文字です。</translation>
    </message>
    <message>
        <source>A reordering lists %L1 requests; the limit is %L2.</source>
        <translation>並べ替えに申請が %L1 件あります。上限は %L2 件です。</translation>
    </message>
    <message>
        <source>A name or title has %L1 characters; the limit is %L2.</source>
        <translation>名前またはタイトルが %L1 文字あります。上限は %L2 文字です。</translation>
    </message>
    <message>
        <source>Revision %L1: %2 has %L3 characters; the limit is %L4.</source>
        <translation>リビジョン %L1: %2 が %L3 文字あります。上限は %L4 文字です。</translation>
    </message>
    <message>
        <source>Revision %L1: %2</source>
        <translation>リビジョン %L1: %2</translation>
    </message>
</context>
<context>
    <name>scs::ProjectSession</name>
    <message>
        <source>Could not read %1:
%2</source>
        <translation>%1 を読み込めませんでした:
%2</translation>
    </message>
    <message>
        <source>The project has no file yet: use Save As.</source>
        <translation>このプロジェクトにはまだファイルがありません。「名前を付けて保存」を使ってください。</translation>
    </message>
    <message>
        <source>%1 is a project file, not a JSON request; open it with File &gt; Open.</source>
        <translation>%1 はプロジェクトファイルで、JSON の申請ではありません。「ファイル」&gt;「開く」で開いてください。</translation>
    </message>
    <message>
        <source>The project is not in a workspace.</source>
        <translation>このプロジェクトはワークスペースにありません。</translation>
    </message>
    <message>
        <source>Take In Others&apos; Changes</source>
        <extracomment>An undo step: what others saved in the workspace, taken into the open project.</extracomment>
        <translation>他の人の変更を取り込む</translation>
    </message>
    <message>
        <source>Settle Conflicts</source>
        <extracomment>An undo step: conflicting changes settled field by field.</extracomment>
        <translation>競合を解決</translation>
    </message>
</context>
<context>
    <name>scs::ReadOnlyBar</name>
    <message>
        <source>Save &amp;As…</source>
        <translation>名前を付けて保存(&amp;A)…</translation>
    </message>
    <message>
        <source>The fields cannot be changed here. Save As makes a copy that you can edit.</source>
        <translation>ここでは項目を変更できません。「名前を付けて保存」で編集できるコピーを作れます。</translation>
    </message>
</context>
<context>
    <name>scs::RecoveryActions</name>
    <message>
        <source>Recover Unsaved &amp;Changes…</source>
        <translation>未保存の変更を復元(&amp;C)…</translation>
    </message>
    <message>
        <source>There are no unsaved changes to recover.</source>
        <translation>復元できる未保存の変更はありません。</translation>
    </message>
    <message numerus="yes">
        <source>%n answer(s) were changed both in the unsaved changes and in the file since. Which should be kept?</source>
        <translation>
            <numerusform>%n 件の回答が、未保存の変更とその後のファイルの両方で変更されています。どちらを残しますか?</numerusform>
        </translation>
    </message>
    <message>
        <source>Keep the &amp;Unsaved Changes</source>
        <translation>未保存の変更を残す(&amp;U)</translation>
    </message>
    <message>
        <source>Keep What Was &amp;Saved</source>
        <translation>保存された内容を残す(&amp;S)</translation>
    </message>
    <message>
        <source>Restored the unsaved changes, merged with what was saved in the file since. Save them to keep them.</source>
        <translation>未保存の変更を、その後ファイルに保存された内容と合わせて復元しました。残すには保存してください。</translation>
    </message>
    <message>
        <source>Restored the unsaved changes. Save them to keep them.</source>
        <translation>未保存の変更を復元しました。残すには保存してください。</translation>
    </message>
    <message>
        <source>Delete the unsaved changes to %1 from %2 for good? They cannot be restored afterwards.</source>
        <translation>%2 時点の %1 の未保存の変更を完全に削除しますか?削除すると後から復元できません。</translation>
    </message>
    <message>
        <source>&amp;Delete Them</source>
        <translation>削除する(&amp;D)</translation>
    </message>
</context>
<context>
    <name>scs::RecoveryDialog</name>
    <message>
        <source>Untitled project “%1”</source>
        <translation>無題のプロジェクト「%1」</translation>
    </message>
    <message>
        <source>Untitled project</source>
        <translation>無題のプロジェクト</translation>
    </message>
    <message>
        <source>Unsaved changes from %1.</source>
        <translation>%1 時点の未保存の変更です。</translation>
    </message>
    <message>
        <source>The file was saved again on %1 by %2, after these changes began. Restoring merges them with what was saved there.</source>
        <translation>これらの変更の後、%1 に %2 がファイルを保存しています。復元すると、そのとき保存された内容と合わせます。</translation>
    </message>
    <message>
        <source>The file is no longer there: the changes come back as an untitled project.</source>
        <translation>ファイルがもうありません。変更は無題のプロジェクトとして復元されます。</translation>
    </message>
    <message>
        <source>The file cannot be opened now: %1</source>
        <translation>ファイルを今は開けません: %1</translation>
    </message>
    <message>
        <source>Recover Unsaved Changes</source>
        <translation>未保存の変更の復元</translation>
    </message>
    <message numerus="yes">
        <source>Shortcode Studio did not close properly, and unsaved changes to %n project(s) were kept. Restore puts the selected changes back; Not Now keeps them for later (File &gt; Recover Unsaved Changes); Discard deletes them for good.</source>
        <translation>
            <numerusform>Shortcode Studio は正しく終了しなかったため、%n 件のプロジェクトの未保存の変更を保管しています。「復元」で選択した変更を元に戻し、「後で」で後のために残し(ファイル &gt; 未保存の変更を復元)、「破棄」で完全に削除します。</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>復元(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Discard…</source>
        <translation>破棄(&amp;D)…</translation>
    </message>
    <message>
        <source>&amp;Not Now</source>
        <translation>後で(&amp;N)</translation>
    </message>
</context>
<context>
    <name>scs::ReportPrinter</name>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>%1 / %2 ページ</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 に書き込めません: %2</translation>
    </message>
</context>
<context>
    <name>scs::ReportValues</name>
    <message>
        <source>en</source>
        <comment>ISO 639-1 code of the language of this translation</comment>
        <translation>ja</translation>
    </message>
    <message>
        <source>Not provided</source>
        <translation>未入力</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>はい</translation>
    </message>
    <message>
        <source>No</source>
        <translation>いいえ</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1、%2</translation>
    </message>
    <message>
        <source>unknown type</source>
        <translation>種類不明</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
</context>
<context>
    <name>scs::RequestActions</name>
    <message>
        <source>Delete the request &quot;%1&quot;? You can undo this.</source>
        <translation>申請「%1」を削除しますか? 削除は元に戻せます。</translation>
    </message>
    <message>
        <source>This request names fewer than two countries: nothing to split.</source>
        <translation>この申請の国は 1 か国以下のため、分割するものはありません。</translation>
    </message>
    <message numerus="yes">
        <source>Split into %n request(s), one per country? These answers do not carry over:</source>
        <translation>
            <numerusform>国ごとに %n 件の申請に分割しますか?次の回答はそのままでは引き継げません:</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Split</source>
        <translation>分割(&amp;S)</translation>
    </message>
    <message numerus="yes">
        <source>Split into %n request(s), one per country.</source>
        <translation>
            <numerusform>国ごとに %n 件の申請に分割しました。</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;New Request</source>
        <translation>新しい申請(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Duplicate Request</source>
        <translation>申請を複製(&amp;D)</translation>
    </message>
    <message>
        <source>De&amp;lete Request…</source>
        <translation>申請を削除(&amp;L)…</translation>
    </message>
    <message>
        <source>&amp;Split By Country</source>
        <translation>国ごとに分割(&amp;S)</translation>
    </message>
</context>
<context>
    <name>scs::RequestEditor</name>
    <message>
        <source>Request &amp;title:</source>
        <translation>申請名(&amp;T):</translation>
    </message>
    <message>
        <source>e.g. US delivery alerts</source>
        <translation>例: 米国向け配送通知</translation>
    </message>
</context>
<context>
    <name>scs::RequestListModel</name>
    <message>
        <source>(untitled request)</source>
        <translation>(無題の申請)</translation>
    </message>
    <message>
        <source>%1
%2 · %3</source>
        <extracomment>A request in the project list: its title, then how many required answers are given and its tracking status, e.g. &quot;12 of 40 required answers · Draft&quot;.</extracomment>
        <translation>%1
%2 · %3</translation>
    </message>
    <message>
        <source>%1: %2, %3</source>
        <extracomment>A request&apos;s tooltip: its title, then &quot;2 errors, 1 warning&quot;.</extracomment>
        <translation>%1: %2、%3</translation>
    </message>
</context>
<context>
    <name>scs::Rules</name>
    <message>
        <source>Error</source>
        <translation>エラー</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>Info</source>
        <translation>情報</translation>
    </message>
    <message>
        <source>, </source>
        <extracomment>The separator between the items of a list in a finding, e.g. &quot;brand, frequency&quot;.</extracomment>
        <translation>、</translation>
    </message>
    <message>
        <source>Not a complete web address: enter it with https:// and the full host name, e.g. https://www.yourcompany.com/sms.</source>
        <translation>完全な URL ではありません。https:// と完全なホスト名を含めて入力してください（例：https://www.yourcompany.com/sms）。</translation>
    </message>
    <message>
        <source>The address uses http: give the https address, as the carriers&apos; vetting expects a secure site.</source>
        <translation>URL が http です。キャリアの審査では安全なサイトが求められるため、https の URL を入力してください。</translation>
    </message>
    <message>
        <source>%1 countries are listed, but a short code serves only one country: keep one here and make a separate request for each other country.</source>
        <translation>%1 か国が指定されていますが、ショートコードは 1 か国でしか使えません。ここには 1 か国だけを残し、ほかの国はそれぞれ別の申請にしてください。</translation>
    </message>
    <message>
        <source>The quota differs from the message type chosen under Case classification: choose the same type in both.</source>
        <translation>クォータが「ケースの分類」で選んだメッセージの種類と異なります。両方で同じ種類を選んでください。</translation>
    </message>
    <message>
        <source>%1 short codes requested: one is typical, and each short code costs fees. Request more only if your use case needs them.</source>
        <translation>ショートコードを %1 件申請しています。通常は 1 件で、ショートコードごとに料金がかかります。用途上必要な場合にだけ複数申請してください。</translation>
    </message>
    <message>
        <source>The monthly spending threshold is USD %1: sending stops once it is reached (the default is USD 1.00). Request a threshold that covers your expected messages.</source>
        <translation>月間の利用上限が %1 USD です。上限に達すると送信が止まります（既定値は 1.00 USD）。想定するメッセージ数に見合う上限を申請してください。</translation>
    </message>
    <message>
        <source>The estimated cost of USD %1 a month (%2 messages × %3 segments × USD %4) exceeds the threshold of USD %5: raise the threshold.</source>
        <translation>見積もり費用は月 %1 USD（%2 件 × %3 セグメント × %4 USD）で、上限の %5 USD を超えています。上限を引き上げてください。</translation>
    </message>
    <message>
        <source>A threshold above USD 10,000 needs more details: for each country, the sender type, the peak messages per second and the average message size. Add them to the case notes.</source>
        <translation>10,000 USD を超える上限には追加の情報が必要です。国ごとの送信者の種類、1 秒あたりの最大メッセージ数、平均メッセージサイズをケースの備考に記入してください。</translation>
    </message>
    <message>
        <source>Not an absolute http(s) address with a full host name</source>
        <translation>完全なホスト名を含む http(s) の URL ではない</translation>
    </message>
    <message>
        <source>http instead of https</source>
        <translation>https ではなく http</translation>
    </message>
    <message>
        <source>More than one country for one short code</source>
        <translation>1 つのショートコードに複数の国</translation>
    </message>
    <message>
        <source>The quota differs from the message type</source>
        <translation>クォータがメッセージの種類と異なる</translation>
    </message>
    <message>
        <source>More than one short code requested</source>
        <translation>複数のショートコードを申請</translation>
    </message>
    <message>
        <source>The spending threshold stays at the default USD 1.00</source>
        <translation>利用上限が既定値の 1.00 USD のまま</translation>
    </message>
    <message>
        <source>The estimated monthly cost exceeds the threshold</source>
        <translation>月間の見積もり費用が上限を超えている</translation>
    </message>
    <message>
        <source>A threshold above USD 10,000 needs more details</source>
        <translation>10,000 USD を超える上限には追加の情報が必要</translation>
    </message>
    <message>
        <source>Not a valid e-mail address: enter it as name@domain, e.g. support@yourcompany.com.</source>
        <translation>有効なメールアドレスではありません。name@domain の形式で入力してください（例：support@yourcompany.com）。</translation>
    </message>
    <message>
        <source>%1 is a free webmail domain: give a support address at your company&apos;s own domain.</source>
        <translation>%1 は無料のウェブメールのドメインです。自社ドメインのサポート用アドレスを入力してください。</translation>
    </message>
    <message>
        <source>The e-mail domain %1 is not the domain of your site (%2): give a support address at the site&apos;s domain.</source>
        <translation>メールのドメイン %1 がサイトのドメイン（%2）と異なります。サイトと同じドメインのサポート用アドレスを入力してください。</translation>
    </message>
    <message>
        <source>Not a valid phone number: enter 7 to 15 digits with the country code, e.g. +1 206 555 0100, and no letters.</source>
        <translation>有効な電話番号ではありません。国番号を含む 7～15 桁の数字を、英字を使わずに入力してください（例：+1 206 555 0100）。</translation>
    </message>
    <message>
        <source>Area code %1 is not toll-free: give a toll-free number for support (area code 800, 833, 844, 855, 866, 877 or 888).</source>
        <translation>市外局番 %1 はフリーダイヤルではありません。サポート用のフリーダイヤル番号（市外局番 800、833、844、855、866、877、888）を入力してください。</translation>
    </message>
    <message>
        <source>A US tax ID (EIN) has 9 digits, written NN-NNNNNNN: check the number.</source>
        <translation>米国の納税者番号（EIN）は 9 桁で、NN-NNNNNNN の形式です。番号を確認してください。</translation>
    </message>
    <message>
        <source>Not a valid e-mail address</source>
        <translation>有効なメールアドレスではない</translation>
    </message>
    <message>
        <source>A webmail address or a domain unrelated to the site</source>
        <translation>ウェブメールのアドレス、またはサイトと関係のないドメイン</translation>
    </message>
    <message>
        <source>Not a valid phone number</source>
        <translation>有効な電話番号ではない</translation>
    </message>
    <message>
        <source>A +1 support number that is not toll-free</source>
        <translation>フリーダイヤル番号ではない +1 のサポート番号</translation>
    </message>
    <message>
        <source>A US tax ID that is not 9 digits</source>
        <translation>9 桁ではない米国の納税者番号</translation>
    </message>
    <message>
        <source>No example messages: add at least 3, one for every type of message you plan to send.</source>
        <translation>メッセージ例がありません。送信予定のメッセージの種類ごとに 1 件、少なくとも 3 件追加してください。</translation>
    </message>
    <message>
        <source>Not answered: choose yes or no. The carriers need every answer before they process the request.</source>
        <translation>未回答です。「はい」か「いいえ」を選んでください。キャリアが申請を処理するにはすべての回答が必要です。</translation>
    </message>
    <message>
        <source>Required: fill it in. The carriers need it before they process the request.</source>
        <translation>必須項目です。入力してください。キャリアが申請を処理するにはこの情報が必要です。</translation>
    </message>
    <message>
        <source>&quot;Other&quot; is chosen but not explained: describe it here.</source>
        <translation>「その他」が選ばれていますが、説明がありません。ここに内容を記入してください。</translation>
    </message>
    <message>
        <source>A required field is empty or unanswered</source>
        <translation>必須項目が空欄または未回答</translation>
    </message>
    <message>
        <source>&quot;Other&quot; is chosen and not explained</source>
        <translation>「その他」が選ばれているが説明がない</translation>
    </message>
    <message>
        <source>Fewer than 3 examples with text</source>
        <translation>本文のあるメッセージ例が 3 件未満</translation>
    </message>
    <message>
        <source>The console shows a different text than the request: make them the same, in the console or in the request.</source>
        <translation>コンソールのテキストが申請内容と異なります。コンソールか申請のどちらかを修正して一致させてください。</translation>
    </message>
    <message>
        <source>The registered keyword %1 differs from the requested keyword %2: make them the same.</source>
        <translation>登録済みのキーワード %1 が申請したキーワード %2 と異なります。一致させてください。</translation>
    </message>
    <message>
        <source>The console HELP reply differs from the request</source>
        <translation>コンソールの HELP 返信が申請内容と異なる</translation>
    </message>
    <message>
        <source>The console STOP reply differs from the request</source>
        <translation>コンソールの STOP 返信が申請内容と異なる</translation>
    </message>
    <message>
        <source>The registered keyword differs from the request</source>
        <translation>登録済みのキーワードが申請内容と異なる</translation>
    </message>
    <message>
        <source>The registered keyword response differs from the request</source>
        <translation>登録済みのキーワード応答が申請内容と異なる</translation>
    </message>
    <message>
        <source>The HELP reply gives no contact: add the phone number, e-mail address or web address of your customer support.</source>
        <translation>HELP への返信に連絡先がありません。カスタマーサポートの電話番号、メールアドレス、または URL を追加してください。</translation>
    </message>
    <message>
        <source>The STOP reply does not confirm the opt-out: say that the user is unsubscribed and will receive no more messages.</source>
        <translation>STOP への返信がオプトアウトを確認していません。配信を停止したこと、今後メッセージが届かないことを伝えてください。</translation>
    </message>
    <message>
        <source>The STOP reply contains promotional wording (&quot;%1&quot;): an opt-out confirmation may only confirm the opt-out. Remove it.</source>
        <translation>STOP への返信にプロモーション的な文言（「%1」）があります。オプトアウトの確認メッセージには、オプトアウトの確認以外を含められません。削除してください。</translation>
    </message>
    <message>
        <source>No example tells how to opt out: add &quot;Reply STOP to cancel.&quot; to at least one.</source>
        <translation>オプトアウトの方法を示すメッセージ例がありません。少なくとも 1 件に「Reply STOP to cancel.」を追加してください。</translation>
    </message>
    <message>
        <source>A variable is written as %1: write variables in square brackets, e.g. [name].</source>
        <translation>変数が %1 と書かれています。変数は [name] のように角かっこで書いてください。</translation>
    </message>
    <message>
        <source>A public URL shortener (%1): carriers block their links. Use a link on your own domain.</source>
        <translation>公開の短縮 URL サービス（%1）です。キャリアはこうしたリンクをブロックします。自社ドメインのリンクを使ってください。</translation>
    </message>
    <message>
        <source>The guide&apos;s sample text is still here (%1): replace it with your own.</source>
        <translation>ガイドのサンプルテキスト（%1）が残っています。自社の内容に置き換えてください。</translation>
    </message>
    <message>
        <source>The HELP reply has no contact information</source>
        <translation>HELP への返信に連絡先がない</translation>
    </message>
    <message>
        <source>The HELP reply does not name the brand</source>
        <translation>HELP への返信にブランド名がない</translation>
    </message>
    <message>
        <source>The HELP reply misses rates, frequency or STOP</source>
        <translation>HELP への返信に料金・配信頻度・STOP の案内が欠けている</translation>
    </message>
    <message>
        <source>The STOP reply does not confirm the opt-out</source>
        <translation>STOP への返信がオプトアウトを確認していない</translation>
    </message>
    <message>
        <source>The STOP reply does not name the brand</source>
        <translation>STOP への返信にブランド名がない</translation>
    </message>
    <message>
        <source>Promotional wording in the STOP reply</source>
        <translation>STOP への返信にプロモーション的な文言がある</translation>
    </message>
    <message>
        <source>The reminder misses a required element</source>
        <translation>リマインダーに必要な要素が欠けている</translation>
    </message>
    <message>
        <source>An example does not name the brand</source>
        <translation>メッセージ例にブランド名がない</translation>
    </message>
    <message>
        <source>No example tells how to opt out</source>
        <translation>オプトアウトの方法を示すメッセージ例がない</translation>
    </message>
    <message>
        <source>Variables not written in square brackets</source>
        <translation>変数が角かっこで書かれていない</translation>
    </message>
    <message>
        <source>A public URL shortener</source>
        <translation>公開の短縮 URL サービス</translation>
    </message>
    <message>
        <source>The guide&apos;s sample text is left in</source>
        <translation>ガイドのサンプルテキストが残っている</translation>
    </message>
    <message>
        <source>This example reads as promotional (&quot;%1&quot;), but the request is for non-promotional messages: remove the promotional wording or choose the promotional message type.</source>
        <translation>このメッセージ例はプロモーション的に読めます（「%1」）が、申請はプロモーション以外のメッセージ用です。プロモーション的な文言を削除するか、メッセージの種類をプロモーションにしてください。</translation>
    </message>
    <message>
        <source>Marketing for another business</source>
        <translation>他社のためのマーケティング</translation>
    </message>
    <message>
        <source>A promotional example in a non-promotional request</source>
        <translation>プロモーション用ではない申請にプロモーション的なメッセージ例がある</translation>
    </message>
    <message>
        <source>No rates disclosure: add &quot;Msg &amp; data rates may apply.&quot;</source>
        <translation>料金に関する表示がありません。「Msg &amp; data rates may apply.」（通信料がかかる場合があります）を追加してください。</translation>
    </message>
    <message>
        <source>The keyword has %1 characters: use 1 to 30.</source>
        <translation>キーワードが %1 文字です。1～30 文字にしてください。</translation>
    </message>
    <message>
        <source>The keyword starts or ends with a space: remove it.</source>
        <translation>キーワードの前後に空白があります。削除してください。</translation>
    </message>
    <message>
        <source>The keyword contains %1, which is reserved for opting out or help: choose another keyword, e.g. YES or JOIN.</source>
        <translation>キーワードに %1 が含まれています。これはオプトアウトまたはヘルプ用に予約されています。YES や JOIN など別のキーワードを選んでください。</translation>
    </message>
    <message>
        <source>The keyword %1 does not appear in the opt-in request, so users would not know what to reply: add &quot;Reply %1&quot; to the request.</source>
        <translation>キーワード %1 がオプトイン依頼のメッセージにないため、ユーザーは何と返信すればよいかわかりません。「Reply %1」をメッセージに追加してください。</translation>
    </message>
    <message>
        <source>This message is registered with the carriers: changing it later takes weeks. Review it carefully before you submit.</source>
        <translation>このメッセージはキャリアに登録されるため、後から変更すると数週間かかります。提出前によく確認してください。</translation>
    </message>
    <message>
        <source>The opt-in request has no rates disclosure</source>
        <translation>オプトイン依頼のメッセージに料金に関する表示がない</translation>
    </message>
    <message>
        <source>The opt-in keyword is too long, padded or reserved</source>
        <translation>オプトインのキーワードが長すぎる、空白を含む、または予約語</translation>
    </message>
    <message>
        <source>The opt-in keyword is not in the opt-in request</source>
        <translation>オプトインのキーワードがオプトイン依頼のメッセージにない</translation>
    </message>
    <message>
        <source>The confirmation message misses a required element</source>
        <translation>確認メッセージに必要な要素が欠けている</translation>
    </message>
    <message>
        <source>The keyword response misses a required element</source>
        <translation>キーワードへの応答に必要な要素が欠けている</translation>
    </message>
    <message>
        <source>The keyword response is slow to change once registered</source>
        <translation>キーワードへの応答は登録後の変更に時間がかかる</translation>
    </message>
    <message>
        <source>%1 segments: carriers expect this reply to fit in one segment (160 GSM-7 or 70 UCS-2 characters). Shorten it.</source>
        <translation>%1 セグメントです。キャリアはこの返信が 1 セグメント（GSM-7 で 160 文字、UCS-2 で 70 文字）に収まることを求めています。短くしてください。</translation>
    </message>
    <message>
        <source>%1 characters (%2): over the provider&apos;s maximum of %3. Shorten the message.</source>
        <translation>%1 文字（%2）で、プロバイダーの上限 %3 文字を超えています。メッセージを短くしてください。</translation>
    </message>
    <message>
        <source>The message has no text, only spaces: write the message or remove it.</source>
        <translation>メッセージに本文がなく、空白だけです。本文を書くか、削除してください。</translation>
    </message>
    <message>
        <source>The message needs UCS-2</source>
        <translation>メッセージに UCS-2 が必要</translation>
    </message>
    <message>
        <source>The reply takes more than one segment</source>
        <translation>返信が複数のセグメントになる</translation>
    </message>
    <message>
        <source>The message is over the provider&apos;s maximum</source>
        <translation>メッセージがプロバイダーの上限を超えている</translation>
    </message>
    <message>
        <source>The message is only spaces</source>
        <translation>メッセージが空白だけ</translation>
    </message>
    <message>
        <source>Not a short code: enter its 3 to 7 digits.</source>
        <translation>ショートコードではありません。3～7 桁の数字を入力してください。</translation>
    </message>
    <message>
        <source>A US or Canadian short code has 5 or 6 digits and does not start with 0 or 1: check the number.</source>
        <translation>米国・カナダのショートコードは 5 桁または 6 桁で、0 や 1 では始まりません。番号を確認してください。</translation>
    </message>
    <message>
        <source>The date %1 is in the future: enter the day it happened.</source>
        <translation>日付 %1 は未来の日付です。実際の日付を入力してください。</translation>
    </message>
    <message>
        <source>Provisioned on %1, before the request was submitted on %2: check both dates.</source>
        <translation>プロビジョニング日 %1 が申請の提出日 %2 より前になっています。両方の日付を確認してください。</translation>
    </message>
    <message>
        <source>Fees run from the day the request was submitted, even before the short code is provisioned.</source>
        <translation>料金は申請を提出した日から発生します。ショートコードのプロビジョニングが完了する前でも同様です。</translation>
    </message>
    <message>
        <source>Not a short code of the usual length</source>
        <translation>通常の桁数ではないショートコード</translation>
    </message>
    <message>
        <source>Dates in the wrong order or in the future</source>
        <translation>日付の順序が逆、または未来の日付</translation>
    </message>
    <message>
        <source>Fees run from the request</source>
        <translation>料金は申請時から発生する</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>エラー %n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>警告 %n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n info</source>
        <translation>
            <numerusform>情報 %n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>Too long: %1 characters, the limit is %2. Shorten it; a project with text beyond the limit cannot be saved.</source>
        <translation>長すぎます（%1 文字、上限は %2 文字）。短くしてください。上限を超えるテキストがあるプロジェクトは保存できません。</translation>
    </message>
    <message>
        <source>Too many examples: %1, the limit is %2. Remove some; a project beyond the limit cannot be saved.</source>
        <translation>メッセージ例が多すぎます（%1 件、上限は %2 件）。いくつか削除してください。上限を超えるプロジェクトは保存できません。</translation>
    </message>
    <message>
        <source>A field&apos;s text is beyond Shortcode Studio&apos;s limit</source>
        <translation>項目のテキストが Shortcode Studio の上限を超えている</translation>
    </message>
    <message>
        <source>No screenshot or mockup: add one of every place where customers sign up.</source>
        <translation>スクリーンショットもモックアップもありません。顧客が登録するすべての場所について 1 つずつ追加してください。</translation>
    </message>
    <message>
        <source>The spending increase is asked for in this case, but without its AWS Region: enter the Region you send from, e.g. us-east-1.</source>
        <translation>利用上限の引き上げをこのケースで申請していますが、AWS リージョンがありません。送信元のリージョンを入力してください（例：us-east-1）。</translation>
    </message>
    <message>
        <source>%1 is not an AWS Region name: enter it as in the console, e.g. us-east-1.</source>
        <translation>%1 は AWS リージョンの名前ではありません。コンソールの表記どおりに入力してください（例：us-east-1）。</translation>
    </message>
    <message>
        <source>A spending increase in this case without its AWS Region</source>
        <translation>このケースでの利用上限の引き上げに AWS リージョンがない</translation>
    </message>
    <message numerus="yes">
        <source>Only %n of the at least 3 examples has text: add one example for every type of message you plan to send.</source>
        <translation>
            <numerusform>本文のあるメッセージ例が %n 件しかありません（3 件以上必要）。送信予定のメッセージの種類ごとに 1 件ずつ追加してください。</numerusform>
        </translation>
    </message>
    <message>
        <source>The registered keyword %1 is not one of the join keywords (%2): register a join keyword, or add this one to the request.</source>
        <translation>登録済みのキーワード %1 が参加キーワード（%2）のどれでもありません。参加キーワードを登録するか、このキーワードを申請に追加してください。</translation>
    </message>
    <message>
        <source>The HELP reply does not name the program or brand, and reviewers reject a HELP reply without one: start it with &quot;%1:&quot;.</source>
        <translation>HELP への返信にプログラム名やブランド名がありません。これがない HELP への返信は審査で却下されます。「%1:」で始めてください。</translation>
    </message>
    <message numerus="yes">
        <source>The HELP reply does not give %1, which the carriers&apos; HELP template asks for: add it, as in the guide&apos;s example.</source>
        <translation>
            <numerusform>HELP への返信に%1がありません。キャリアの HELP のひな形で求められている要素です。ガイドの例のように追加してください。</numerusform>
        </translation>
    </message>
    <message>
        <source>The STOP reply does not name the program or brand: add &quot;%1&quot;, so users know which messages stop.</source>
        <translation>STOP への返信にプログラム名やブランド名がありません。どのメッセージが止まるのかわかるよう「%1」を追加してください。</translation>
    </message>
    <message numerus="yes">
        <source>The reminder does not give %1: add it.</source>
        <translation>
            <numerusform>リマインダーに%1がありません。追加してください。</numerusform>
        </translation>
    </message>
    <message>
        <source>This example does not name the brand: start it with &quot;%1:&quot;.</source>
        <translation>このメッセージ例にはブランド名がありません。「%1:」で始めてください。</translation>
    </message>
    <message>
        <source>No message names %1. Reviewers reject messages that do not say who sends them: if the messages use another brand, enter it here; otherwise start every message with &quot;%1:&quot;.</source>
        <translation>%1 を名乗っているメッセージがありません。送信者がわからないメッセージは審査で却下されます。メッセージで別のブランド名を使っている場合はここに入力し、そうでなければすべてのメッセージを「%1:」で始めてください。</translation>
    </message>
    <message>
        <source>No message names the brand</source>
        <translation>ブランド名を名乗るメッセージがない</translation>
    </message>
    <message numerus="yes">
        <source>%n files are attached, but the registration takes at most %1: keep one for each place customers sign up.</source>
        <translation>
            <numerusform>%n 件のファイルが添付されていますが、登録で受け付けられるのは %1 件までです。顧客が登録する場所ごとに 1 件ずつにしてください。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is of type %2: the registration takes PNG, JPEG or PDF only. Save the mockup as one of them.</source>
        <translation>%1 の種類は %2 です。登録で受け付けられるのは PNG、JPEG、PDF だけです。モックアップをいずれかの形式で保存してください。</translation>
    </message>
    <message>
        <source>%1 is not really a %2 file: its content does not start like one. Attach the picture or PDF itself.</source>
        <translation>%1 は実際には %2 のファイルではありません（内容の先頭がその形式になっていません）。画像または PDF そのものを添付してください。</translation>
    </message>
    <message>
        <source>%1 is %2 MiB: the registration takes files of at most 1 MiB. Make the picture smaller or save it with more compression.</source>
        <translation>%1 は %2 MiB です。登録で受け付けられるファイルは 1 MiB までです。画像を小さくするか、圧縮率を上げて保存してください。</translation>
    </message>
    <message>
        <source>No usable opt-in mockup</source>
        <translation>使えるオプトインのモックアップがない</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <extracomment>The last two items of a list in a sentence: &quot;the brand, the frequency and the rates disclosure&quot;.</extracomment>
        <translation>%1、%2</translation>
    </message>
    <message>
        <source>The industry is %1, which US carriers refuse on short codes whatever the wording: a short code cannot be approved for this program.</source>
        <translation>業種が「%1」です。米国のキャリアは、文言にかかわらずこの業種のショートコードを受け付けません。このプログラムでショートコードの承認は得られません。</translation>
    </message>
    <message>
        <source>&quot;%2&quot; reads as %1, which US carriers refuse on short codes whatever the wording: a short code cannot be approved for such a program. If the program is about something else, reword this.</source>
        <translation>「%2」は%1に当たると読めます。米国のキャリアは、文言にかかわらずこれをショートコードで受け付けません。こうしたプログラムでショートコードの承認は得られません。プログラムの内容が別のものであれば、誤解されないよう書き直してください。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; charges donations to the phone bill: charities may not use carrier billing on a short code. Link to a donation page on your own site instead.</source>
        <translation>「%1」は寄付を携帯電話の利用料金に請求するものです。慈善団体はショートコードでキャリア決済を使えません。代わりに自団体のサイトの寄付ページへのリンクを示してください。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; charges users through their phone bill: carrier-billed (premium) charges are not allowed on this short code. Take payments on your own site instead.</source>
        <translation>「%1」は利用者の携帯電話の利用料金に請求するものです。このショートコードではキャリア決済（プレミアム課金）は認められません。代わりに自社のサイトで支払いを受けてください。</translation>
    </message>
    <message>
        <source>The messages carry health details (&quot;%1&quot;), but the request answers that they contain no PHI: answer yes, so that the provider handles them as Protected Health Information.</source>
        <translation>メッセージに健康に関する情報（「%1」）が含まれていますが、申請では PHI を含まないと回答しています。プロバイダーが保護対象保健情報として扱えるよう「はい」と回答してください。</translation>
    </message>
    <message>
        <source>The program runs a sweepstakes or contest, but the call to action does not say &quot;No purchase necessary&quot;: add it, with a link to the official rules.</source>
        <translation>プログラムで懸賞やコンテストを行っていますが、登録画面の文言に「No purchase necessary」（購入は不要）がありません。公式ルールへのリンクとともに追加してください。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; runs a sweepstakes or contest, which carriers allow only with official rules: give the address of the rules page.</source>
        <translation>「%1」は懸賞やコンテストに当たり、キャリアは公式ルールがある場合にだけ認めます。ルールのページの URL を入力してください。</translation>
    </message>
    <message>
        <source>A sweepstakes or contest needs its official rules: give the address of the rules page.</source>
        <translation>懸賞やコンテストには公式ルールが必要です。ルールのページの URL を入力してください。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; makes consent to texts a condition of purchase, which the TCPA and CTIA forbid: say instead that consent is not a condition of purchase.</source>
        <translation>「%1」はテキストメッセージの受信への同意を購入の条件にしています。これは TCPA と CTIA で禁じられています。代わりに、同意は購入の条件ではないと明記してください。</translation>
    </message>
    <message>
        <source>The consent box is shown ticked (&quot;%1&quot;): consent must be the user&apos;s own act. Show the box empty, for the user to tick.</source>
        <translation>同意のチェックボックスが最初からチェックされています（「%1」）。同意は利用者自身の操作によるものでなければなりません。ボックスを空欄で表示し、利用者がチェックするようにしてください。</translation>
    </message>
    <message>
        <source>This message says &quot;%1&quot;, more than the &quot;%2&quot; users agreed to when they signed up: state the same frequency everywhere.</source>
        <translation>このメッセージでは「%1」となっており、利用者が登録時に同意した「%2」より多くなっています。どこでも同じ配信頻度を記載してください。</translation>
    </message>
    <message>
        <source>The HELP reply gives %1, which is not among the support contacts under Company information: give the same support number, e-mail or site in both places.</source>
        <translation>HELP への返信にある %1 は、「会社情報」のサポート連絡先に含まれていません。両方に同じサポートの電話番号、メールアドレス、またはサイトを記載してください。</translation>
    </message>
    <message>
        <source>The program is in a category carriers refuse</source>
        <translation>キャリアが受け付けないカテゴリーのプログラム</translation>
    </message>
    <message>
        <source>Charges to the phone bill (carrier billing)</source>
        <translation>携帯電話の利用料金への請求（キャリア決済）</translation>
    </message>
    <message>
        <source>Health details in messages declared free of PHI</source>
        <translation>PHI を含まないと回答したメッセージに健康に関する情報がある</translation>
    </message>
    <message>
        <source>A sweepstakes without official rules or &quot;No purchase necessary&quot;</source>
        <translation>公式ルールまたは「No purchase necessary」のない懸賞</translation>
    </message>
    <message>
        <source>Consent to texts made a condition of purchase</source>
        <translation>テキストメッセージへの同意が購入の条件になっている</translation>
    </message>
    <message>
        <source>The consent checkbox is ticked in advance</source>
        <translation>同意のチェックボックスが最初からチェックされている</translation>
    </message>
    <message>
        <source>Messages state different frequencies</source>
        <translation>メッセージごとに配信頻度が異なる</translation>
    </message>
    <message>
        <source>The HELP contact is not one of the company&apos;s</source>
        <translation>HELP の連絡先が会社の連絡先ではない</translation>
    </message>
    <message>
        <source>US carriers refuse short codes that send marketing for another business (lead generation, affiliate offers): send only your own company&apos;s messages, or the request will be declined.</source>
        <translation>米国のキャリアは、他社のためのマーケティング（リード獲得やアフィリエイトのオファー）を送信するショートコードを受け付けません。自社のメッセージだけを送信してください。そうでなければ申請は却下されます。</translation>
    </message>
    <message>
        <source>The request answers that it sends no marketing for other businesses, but &quot;%1&quot; reads as such marketing, which carriers refuse: remove other businesses&apos; offers from the program.</source>
        <translation>申請では他社のためのマーケティングは送らないと回答していますが、「%1」はそうしたマーケティングと読め、キャリアはこれを受け付けません。他社のオファーをプログラムから取り除いてください。</translation>
    </message>
    <message>
        <source>The request answers that it sends no marketing for other businesses, but a promotional example links to %1: promote only your own business, or link to your own domain.</source>
        <translation>申請では他社のためのマーケティングは送らないと回答していますが、プロモーションのメッセージ例が %1 にリンクしています。自社だけを宣伝するか、自社のドメインにリンクしてください。</translation>
    </message>
    <message>
        <source>The messages may contain PHI, but the case notes say they do not: correct the notes or the answer, so the provider knows how to handle them.</source>
        <translation>メッセージに PHI が含まれる可能性があると回答していますが、ケースの備考には含まれないと書かれています。プロバイダーが扱いを判断できるよう、備考か回答を修正してください。</translation>
    </message>
    <message>
        <source>The purpose is promotions and marketing, but the message type is transactional: choose the promotional message type, or the purpose the messages really serve.</source>
        <translation>目的がプロモーション・マーケティングですが、メッセージの種類がトランザクションです。メッセージの種類をプロモーションにするか、メッセージの実際の目的を選んでください。</translation>
    </message>
    <message>
        <source>The message type is one-time passwords, but the purpose is not two-factor authentication: choose the purpose or the message type that matches the messages.</source>
        <translation>メッセージの種類がワンタイムパスワードですが、目的が二要素認証になっていません。メッセージに合った目的かメッセージの種類を選んでください。</translation>
    </message>
    <message>
        <source>The purpose is two-factor authentication, but the message type is promotional: choose the one-time password type.</source>
        <translation>目的が二要素認証ですが、メッセージの種類がプロモーションです。ワンタイムパスワードの種類を選んでください。</translation>
    </message>
    <message>
        <source>The case notes deny the PHI the request declares</source>
        <translation>申請で申告した PHI をケースの備考が否定している</translation>
    </message>
    <message>
        <source>The message type does not fit the purpose</source>
        <translation>メッセージの種類が目的に合っていない</translation>
    </message>
    <message numerus="yes">
        <source>The call to action does not give %1. Reviewers reject a sign-up without it: add it, e.g. &quot;Get order alerts by text. Up to 4 msgs/week. Msg &amp; data rates may apply. Reply HELP for help, STOP to cancel. Terms &amp; privacy: yoursite.com/sms&quot;</source>
        <translation>
            <numerusform>登録画面の文言に%1がありません。これがない登録は審査で却下されます。追加してください（例：「Get order alerts by text. Up to 4 msgs/week. Msg &amp; data rates may apply. Reply HELP for help, STOP to cancel. Terms &amp; privacy: yoursite.com/sms」）。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The opt-in request does not give %1. Name the brand and ask for consent with the keyword, e.g. &quot;Brand: Reply YES to get order alerts.&quot;</source>
        <translation>
            <numerusform>オプトイン依頼のメッセージに%1がありません。ブランド名を示し、キーワードで同意を求めてください（例：「Brand: Reply YES to get order alerts.」）。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The confirmation message does not give %1. Carriers require it in the first message after the opt-in: add it, e.g. &quot;Brand: You are signed up for order alerts. Up to 4 msgs/week. Msg &amp; data rates may apply. Reply HELP for help, STOP to cancel.&quot;</source>
        <translation>
            <numerusform>確認メッセージに%1がありません。キャリアはオプトイン直後の最初のメッセージにこれを求めています。追加してください（例：「Brand: You are signed up for order alerts. Up to 4 msgs/week. Msg &amp; data rates may apply. Reply HELP for help, STOP to cancel.」）。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The keyword response does not give %1. It confirms an opt-in by keyword, so carriers require it there: add it.</source>
        <translation>
            <numerusform>キーワードへの応答に%1がありません。キーワードによるオプトインを確認するメッセージなので、キャリアはこれを求めています。追加してください。</numerusform>
        </translation>
    </message>
    <message>
        <source>The page is on http: reviewers open it and expect https. Give its https address.</source>
        <translation>ページが http です。審査担当者はページを開いて確認し、https であることを求めます。https の URL を入力してください。</translation>
    </message>
    <message numerus="yes">
        <source>The call to action does not link %1. Reviewers reject a sign-up without it: add the link next to the consent, e.g. &quot;Terms: yoursite.com/sms-terms Privacy: yoursite.com/privacy&quot;.</source>
        <translation>
            <numerusform>登録画面の文言に%1へのリンクがありません。これがない登録は審査で却下されます。同意の文言の近くにリンクを追加してください（例：「Terms: yoursite.com/sms-terms Privacy: yoursite.com/privacy」）。</numerusform>
        </translation>
    </message>
    <message>
        <source>The join keyword %1 has %2 characters: use 1 to 30.</source>
        <translation>参加キーワード %1 は %2 文字です。1～30 文字にしてください。</translation>
    </message>
    <message>
        <source>The join keyword %1 holds a space or punctuation: a keyword is one word of letters and digits, e.g. JOIN.</source>
        <translation>参加キーワード %1 に空白または記号が含まれています。キーワードは英字と数字だけの 1 語にしてください（例：JOIN）。</translation>
    </message>
    <message>
        <source>The join keyword %1 contains %2, which is reserved for opting out or help: choose another word.</source>
        <translation>参加キーワード %1 に %2 が含まれています。これはオプトアウトまたはヘルプ用に予約されています。別の語を選んでください。</translation>
    </message>
    <message>
        <source>The join keyword %1 is also the reply to the opt-in request: a texted %1 would then both join and confirm. Use a different word for one of them.</source>
        <translation>参加キーワード %1 はオプトイン依頼への返信と同じです。%1 を送ると参加と確認の両方になってしまいます。どちらかを別の語にしてください。</translation>
    </message>
    <message>
        <source>The industry is %1, which carriers allow only behind a 21+ age gate: choose 21 or older here and describe how the sign-up checks the age.</source>
        <translation>業種が「%1」です。キャリアは 21 歳以上の年齢確認がある場合にだけこれを認めます。ここで 21 歳以上を選び、登録時の年齢確認の方法を記入してください。</translation>
    </message>
    <message>
        <source>&quot;%2&quot; reads as %1, which carriers allow only behind a 21+ age gate: choose 21 or older here and describe how the sign-up checks the age.</source>
        <translation>「%2」は%1に当たると読めます。キャリアは 21 歳以上の年齢確認がある場合にだけこれを認めます。ここで 21 歳以上を選び、登録時の年齢確認の方法を記入してください。</translation>
    </message>
    <message>
        <source>An age check is chosen but not described: say how the sign-up checks the age, e.g. the full date of birth is asked before the phone number field.</source>
        <translation>年齢確認が選ばれていますが、方法の説明がありません。登録時にどのように年齢を確認するか記入してください（例：電話番号の入力欄の前に生年月日をすべて入力してもらう）。</translation>
    </message>
    <message>
        <source>This does not check the age: a yes/no question or a checkbox is refused. Ask for the full date of birth (or verify an ID) before the phone number field.</source>
        <translation>これでは年齢を確認できません。「はい／いいえ」の質問やチェックボックスは認められません。電話番号の入力欄の前に、生年月日をすべて入力してもらう（または身分証を確認する）ようにしてください。</translation>
    </message>
    <message>
        <source>The call to action misses a required disclosure</source>
        <translation>登録画面の文言に必要な表示が欠けている</translation>
    </message>
    <message>
        <source>The opt-in request misses the brand or a request for consent</source>
        <translation>オプトイン依頼のメッセージにブランド名または同意を求める文言が欠けている</translation>
    </message>
    <message>
        <source>Terms and privacy pages missing, on http or not linked</source>
        <translation>利用規約とプライバシーポリシーのページがない、http である、またはリンクされていない</translation>
    </message>
    <message>
        <source>A join keyword is too long, not one word, or reserved</source>
        <translation>参加キーワードが長すぎる、1 語でない、または予約語</translation>
    </message>
    <message>
        <source>Age-restricted content without a 21+ age gate that checks</source>
        <translation>年齢制限のある内容に、実際に確認する 21 歳以上の年齢確認がない</translation>
    </message>
    <message>
        <source>Sent as UCS-2 (70 characters per segment instead of 160) because of: %1. Japanese text is always sent as UCS-2.</source>
        <translation>次の文字のため UCS-2 で送信されます（1 セグメントが 160 文字ではなく 70 文字）：%1。日本語のテキストは常に UCS-2 で送信されます。</translation>
    </message>
    <message>
        <source>Sent as UCS-2 (70 characters per segment instead of 160) because of: %1. Use the GSM-7 replacements shown to send it as GSM-7.</source>
        <translation>次の文字のため UCS-2 で送信されます（1 セグメントが 160 文字ではなく 70 文字）：%1。GSM-7 で送信するには、表示された GSM-7 の代替文字を使ってください。</translation>
    </message>
    <message>
        <source>Sent as UCS-2 (70 characters per segment instead of 160) because of: %1. These characters have no GSM-7 equivalent: leave them out to send the message as GSM-7.</source>
        <translation>次の文字のため UCS-2 で送信されます（1 セグメントが 160 文字ではなく 70 文字）：%1。これらの文字には GSM-7 の代替文字がありません。GSM-7 で送信するには、これらの文字を外してください。</translation>
    </message>
    <message>
        <source>Sent as UCS-2 (70 characters per segment instead of 160) because of: %1. Use the GSM-7 replacements shown and leave out the characters that have none to send it as GSM-7.</source>
        <translation>次の文字のため UCS-2 で送信されます（1 セグメントが 160 文字ではなく 70 文字）：%1。GSM-7 で送信するには、表示された GSM-7 の代替文字を使い、代替文字のない文字は外してください。</translation>
    </message>
</context>
<context>
    <name>scs::SectionModel</name>
    <message>
        <source>%1 and %2</source>
        <extracomment>A section&apos;s status in the navigator, e.g. &quot;2 errors and 1 warning&quot;.</extracomment>
        <translation>%1、%2</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>入力完了</translation>
    </message>
    <message>
        <source>Incomplete</source>
        <translation>未完了</translation>
    </message>
</context>
<context>
    <name>scs::SectionPage</name>
    <message>
        <source>Replace characters with GSM-7</source>
        <translation>文字を GSM-7 に置換</translation>
    </message>
    <message>
        <source>FERVHTIA</source>
        <extracomment>Letters the field labels of a page must not use as mnemonics: those of the menus (File, Edit, Request, View, Help), &quot;Request title&quot;, &quot;Show rule ids&quot; and &quot;Save As&quot; in this language.</extracomment>
        <translation>FERVHTIA</translation>
    </message>
</context>
<context>
    <name>scs::SmsPreview</name>
    <message numerus="yes">
        <source>%1 · %n character(s)</source>
        <translation>
            <numerusform>%1 · %n 文字</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unit(s)</source>
        <translation>
            <numerusform>%n 単位</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n segment(s)</source>
        <translation>
            <numerusform>%n セグメント</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n left in this segment</source>
        <translation>
            <numerusform>このセグメントの残り %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Needs UCS-2 because of: %1</source>
        <translation>次の文字のため UCS-2 になります: %1</translation>
    </message>
    <message numerus="yes">
        <source>Replace %n with GSM-7</source>
        <translation>
            <numerusform>%n 文字を GSM-7 に置換</numerusform>
        </translation>
    </message>
    <message>
        <source>Replace curly quotes, dashes, ellipses and similar characters with their GSM-7 equivalents, so the message is sent as GSM-7 and costs less.</source>
        <translation>カーブした引用符、ダッシュ、三点リーダーなどを GSM-7 の同等の文字に置き換えます。メッセージが GSM-7 で送信され、費用が抑えられます。</translation>
    </message>
</context>
<context>
    <name>scs::StartPanel</name>
    <message>
        <source>No project is open</source>
        <translation>プロジェクトが開かれていません</translation>
    </message>
    <message>
        <source>Start a new project, open a project or request file, or look at the example of a complete request.</source>
        <translation>新しいプロジェクトを始めるか、プロジェクトや申請のファイルを開くか、完成した申請の例をご覧ください。</translation>
    </message>
    <message>
        <source>&amp;New Project</source>
        <translation>新規プロジェクト(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>開く(&amp;O)…</translation>
    </message>
    <message>
        <source>Open the E&amp;xample</source>
        <translation>例を開く(&amp;X)</translation>
    </message>
    <message>
        <source>&amp;Recent projects:</source>
        <translation>最近のプロジェクト(&amp;R):</translation>
    </message>
</context>
<context>
    <name>scs::Terms</name>
    <message>
        <source>hate speech</source>
        <translation>ヘイトスピーチ</translation>
    </message>
    <message>
        <source>alcohol</source>
        <translation>アルコール</translation>
    </message>
    <message>
        <source>firearms</source>
        <translation>銃器</translation>
    </message>
    <message>
        <source>tobacco or vaping</source>
        <translation>たばこ・電子たばこ</translation>
    </message>
    <message>
        <source>cannabis or CBD</source>
        <translation>大麻・CBD</translation>
    </message>
    <message>
        <source>gambling</source>
        <translation>ギャンブル</translation>
    </message>
    <message>
        <source>third-party debt collection</source>
        <translation>第三者による債権回収</translation>
    </message>
    <message>
        <source>payday or high-risk lending</source>
        <translation>ペイデイローンなど高リスクの融資</translation>
    </message>
    <message>
        <source>debt relief or credit repair</source>
        <translation>債務整理・信用情報の修復</translation>
    </message>
    <message>
        <source>lead generation or affiliate marketing</source>
        <translation>リード獲得・アフィリエイトマーケティング</translation>
    </message>
    <message>
        <source>adult content</source>
        <translation>アダルトコンテンツ</translation>
    </message>
    <message>
        <source>illegal drugs</source>
        <translation>違法薬物</translation>
    </message>
    <message>
        <source>vaping and e-cigarettes</source>
        <translation>電子たばこ</translation>
    </message>
    <message>
        <source>carrier-billed charges</source>
        <translation>キャリア決済による請求</translation>
    </message>
    <message>
        <source>firearms training</source>
        <translation>銃器の講習</translation>
    </message>
    <message>
        <source>sweepstakes or contests</source>
        <translation>懸賞・コンテスト</translation>
    </message>
    <message>
        <source>charitable donations</source>
        <translation>慈善団体への寄付</translation>
    </message>
    <message>
        <source>health details</source>
        <translation>健康に関する情報</translation>
    </message>
    <message>
        <source>the brand name</source>
        <translation>ブランド名</translation>
    </message>
    <message>
        <source>a statement that the messages are text messages</source>
        <translation>テキストメッセージであることの明示</translation>
    </message>
    <message>
        <source>the message frequency</source>
        <translation>配信頻度</translation>
    </message>
    <message>
        <source>the rates disclosure</source>
        <translation>料金に関する表示</translation>
    </message>
    <message>
        <source>how to opt out (Reply STOP)</source>
        <translation>配信停止の方法（STOP と返信）</translation>
    </message>
    <message>
        <source>how to get help (Reply HELP)</source>
        <translation>ヘルプの方法（HELP と返信）</translation>
    </message>
    <message>
        <source>how to get help (HELP or a support contact)</source>
        <translation>ヘルプの方法（HELP またはサポートの連絡先）</translation>
    </message>
    <message>
        <source>the terms page</source>
        <translation>利用規約のページ</translation>
    </message>
    <message>
        <source>the privacy policy</source>
        <translation>プライバシーポリシー</translation>
    </message>
    <message>
        <source>a request for consent</source>
        <translation>同意を求める文言</translation>
    </message>
    <message>
        <source>a statement that the user is subscribed</source>
        <translation>登録済みであることの明示</translation>
    </message>
</context>
<context>
    <name>scs::WorkspaceActions</name>
    <message>
        <source>Opened %1</source>
        <translation>%1 を開きました</translation>
    </message>
    <message>
        <source>Saved revision %1 of %2</source>
        <translation>%2 のリビジョン %1 を保存しました</translation>
    </message>
    <message>
        <source>Saved revision %1 of %2, with the changes others saved meanwhile</source>
        <translation>%2 のリビジョン %1 を、その間に他の人が保存した変更とあわせて保存しました</translation>
    </message>
    <message>
        <source>%1
What you typed is still here, unsaved: save again once the workspace can be reached, or use Save As to keep a copy in a file.</source>
        <translation>%1
入力した内容は未保存のままここに残っています。ワークスペースに接続できるようになったら再度保存するか、「名前を付けて保存」でファイルにコピーを残してください。</translation>
    </message>
    <message>
        <source>Nothing new to take in.</source>
        <translation>取り込む新しい変更はありません。</translation>
    </message>
    <message>
        <source>Took in revision %1.</source>
        <translation>リビジョン %1 を取り込みました。</translation>
    </message>
    <message>
        <source>Took in their changes; save to keep the result.</source>
        <translation>相手の変更を取り込みました。結果を残すには保存してください。</translation>
    </message>
    <message>
        <source>Also open by %1</source>
        <extracomment>The status bar, for a workspace project: who else has it open now.</extracomment>
        <translation>%1 も開いています</translation>
    </message>
    <message>
        <source>Open &amp;Workspace…</source>
        <translation>ワークスペースを開く(&amp;W)…</translation>
    </message>
</context>
<context>
    <name>scs::WorkspaceBar</name>
    <message>
        <source>%1 saved revision %2 of this project in the workspace. Take in their changes to see them here; your unsaved edits are kept.</source>
        <translation>%1 さんがこのプロジェクトのリビジョン %2 をワークスペースに保存しました。変更を取り込むとここに反映されます。未保存の編集はそのまま残ります。</translation>
    </message>
    <message>
        <source>&amp;Take In Changes</source>
        <translation>変更を取り込む(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>後で(&amp;L)</translation>
    </message>
</context>
<context>
    <name>scs::WorkspaceProjectsModel</name>
    <message numerus="yes">
        <source>%n request(s)</source>
        <translation>
            <numerusform>%n 件の申請</numerusform>
        </translation>
    </message>
    <message>
        <source>Revision %1, %2 by %3</source>
        <extracomment>A workspace project&apos;s last save: its revision, when, by whom.</extracomment>
        <translation>リビジョン %1、%2、%3</translation>
    </message>
    <message>
        <source>Nobody</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>プロジェクト</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>申請</translation>
    </message>
    <message>
        <source>Last saved</source>
        <translation>最終保存</translation>
    </message>
    <message>
        <source>Open now by</source>
        <translation>現在開いている人</translation>
    </message>
</context>
</TS>
