"""Page objects: one per screen the user sees; they own the locators and expose actions."""
