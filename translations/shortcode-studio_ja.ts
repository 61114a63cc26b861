<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP" sourcelanguage="en_US">
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
        <source>
Options:
  --lang en|ja  language of messages (default: the system&apos;s)
  -h, --help    show this help, or a command&apos;s with COMMAND --help
  -v, --version show the version

Exit status: 0 no errors, 1 the audit found errors, 2 the input could not be read
or the command line is wrong.
</source>
        <translation>
オプション:
  --lang en|ja  メッセージの言語 (既定: システムの言語)
  -h, --help    このヘルプを表示 (コマンド --help でコマンドのヘルプ)
  -v, --version バージョンを表示

終了ステータス: 0 エラーなし、1 監査でエラーを検出、2 入力を読み取れない
またはコマンドラインの誤り。
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
    <name>scs::MainWindow</name>
    <message>
        <source>Shortcode Studio</source>
        <translation>Shortcode Studio</translation>
    </message>
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
        <source>Shortcode Studio prepares and audits requests for dedicated SMS short codes.</source>
        <translation>Shortcode Studio は、専用 SMS ショートコードの申請を作成・監査するアプリケーションです。</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>準備完了</translation>
    </message>
</context>
</TS>
