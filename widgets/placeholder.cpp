// Replaced by the editor widgets.
