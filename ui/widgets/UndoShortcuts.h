#pragma once

class QWidget;

namespace scs {

// The document's undo stack is the only undo: a text widget (line edit,
// plain text edit, spin box, date edit) keeps its own history and takes
// Ctrl+Z, Ctrl+Shift+Z and Ctrl+Y for it before the window's Undo and Redo
// actions see them. This leaves those keys to the window's actions,
// wherever the focus is, and turns the widget's own history off where Qt
// allows it (QPlainTextEdit).
void leaveUndoToWindow(QWidget *widget);
// The same for every text widget inside `parent` (and `parent` itself).
void leaveUndoToWindowIn(QWidget *parent);

} // namespace scs
