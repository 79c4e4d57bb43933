"""The times layer: temporal expressions normalised to TimeML TIMEX3 values."""

from eventwire.times.attach import event_date
from eventwire.times.stage import TimesStage

__all__ = ["TimesStage", "event_date"]
