// The toolkit's types (Buffer, Rect, Key, widgets) are part of the explorer's interface.
@_exported import DossierTUI
