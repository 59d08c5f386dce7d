#!/usr/bin/python3
"""Reads an iCalendar file with Python's icalendar (Debian's python3-icalendar), an oracle
nobody on this project wrote, and prints one line per event:
    <UID> <DTSTART as UTC> <DTEND as UTC> <STATUS> <SUMMARY>
Each local time is read twice, through the file's own VTIMEZONE and through the system's zone
of that TZID; the two must agree. Exits 1, saying why, on anything it cannot read."""
import datetime
import sys

import icalendar
import pytz


def rfc5545_instant(zone, naive):
    """A clock time in a zone as RFC 5545 (3.3.5) reads it: one the clocks repeat is its first
    occurrence; one they skip is refused, as no writer should produce it."""
    try:
        return zone.localize(naive, is_dst=None).astimezone(pytz.utc)
    except pytz.exceptions.AmbiguousTimeError:
        first, second = (zone.localize(naive, is_dst=flag).astimezone(pytz.utc)
                         for flag in (True, False))
        return min(first, second)


def utc_of(prop, file_zones):
    value = prop.dt
    if not isinstance(value, datetime.datetime):
        raise ValueError("a date without a time: %r" % value)
    tzid = prop.params.get("TZID")
    if tzid is None:
        if value.tzinfo is None:
            raise ValueError("a floating time: %s" % value)
        return value.astimezone(pytz.utc)
    naive = value.replace(tzinfo=None)
    if tzid not in file_zones:
        raise ValueError("TZID %s has no VTIMEZONE in the file" % tzid)
    by_file = rfc5545_instant(file_zones[tzid], naive)
    by_system = rfc5545_instant(pytz.timezone(tzid), naive)
    if by_file != by_system:
        raise ValueError("%s %s is %s by the file's VTIMEZONE but %s by the zone database"
                         % (tzid, naive, by_file, by_system))
    return by_file


def main(path):
    with open(path, "rb") as f:
        calendar = icalendar.Calendar.from_ical(f.read())
    if calendar.get("VERSION") != "2.0" or not calendar.get("PRODID"):
        raise ValueError("VERSION 2.0 and PRODID are required")
    file_zones = {str(tz["TZID"]): tz.to_tz() for tz in calendar.walk("VTIMEZONE")}
    for event in calendar.walk("VEVENT"):
        for required in ("UID", "DTSTAMP", "DTSTART"):
            if required not in event:
                raise ValueError("an event without %s" % required)
        start = utc_of(event["DTSTART"], file_zones)
        end = utc_of(event["DTEND"], file_zones) if "DTEND" in event else start
        if end < start:
            raise ValueError("an event that ends before it starts: %s" % event["UID"])
        print(event["UID"], start.strftime("%Y-%m-%dT%H:%M:%SZ"),
              end.strftime("%Y-%m-%dT%H:%M:%SZ"), event.get("STATUS", "-"),
              event.get("SUMMARY", ""))


if __name__ == "__main__":
    try:
        main(sys.argv[1])
    except Exception as error:  # the oracle refuses the file: say why
        print("check-ics: %s" % error, file=sys.stderr)
        sys.exit(1)
