"""Every sentence the bot says, in one place, so it can be read and reviewed as a whole.

Words reserved for alarms ("emergency", "crisis") appear only in the red-flag replies and
in what is said within an alarm's episode (its follow-ups: "I'm safe", "do I have to go?",
the check-back's answers, which keep the crisis line open the day after thoughts of
suicide), never in a routine message nor in the check-back's own question (a morning "how
are you?" must not read as an alarm). ALARM_WORDS_IN names every text that may say them
(tests/unit/telegram/test_alarm_words.py holds the rest of the module to it).
"""

from __future__ import annotations

DISCLAIMER = (
    "Hi, I'm Backtrack 👋\n"
    "I remind you of your medicines, ask how your back is once a day, and put it all "
    "together for your doctor.\n\n"
    "I'm not a doctor and I can't give medical advice. If you think something is "
    "seriously wrong, don't wait for me: call 112 / 911 or your local urgent number."
)
ASK_TIMEZONE = (
    "First, your time zone, so reminders come at your local time.\n"
    "Tap one, send your city (e.g. berlin), or share your location 📍."
)
ASK_CHECKIN = "When should I ask how your pain is each day?"
ONBOARDED = (
    "All set ✅\nNow add your medicines, one per message, e.g.\n"
    "/add ibuprofen 400mg 08:00 20:00\n"
    "/add gabapentin 300 mg at 8am, 2pm and 10pm\n"
    "/add acetaminophen 500mg as needed max 6 per day\n"
    "/add naproxen 500mg 08:00 20:00 for 10 days\n"
    "Or just send /add and I'll ask."
)
# All set, with a medicine told during setup to go on with: no examples of how to tell one
ONBOARDED_THEN_ADD = "All set ✅"
TZ_SET = "Time zone set: {label} 🕰 It's {local} there now."
# Said once the country is known: the welcome, before it, could only say "112 / 911" (a
# Sydney patient was never told 000). Never the word the red-flag reply keeps for itself.
TZ_URGENT = "If you think something is seriously wrong, call {number}."
# After a zone change: the reminders follow the new clock; a dose already given today by
# the old clock is not reminded again today (one reminder per medicine, time and day), so
# a long wait is said plainly — how to time doses across zones is the prescriber's call.
TZ_NEXT_HEAD = "Your reminders now follow this time. Next:"
TZ_NEXT_LINE = "• {what}: {when}"
TZ_NEXT_NOW = "now — your {time} dose by this clock, a little late"
TZ_NEXT_WAIT = " — {hours} hours after your last dose"
TZ_WAIT_NOTE = (
    "A dose you already had today by your old clock isn't reminded again today. How to "
    "time your doses when you change time zones is a good question for your doctor or "
    "pharmacist."
)
TZ_FIXED_NOTE = "\n(A fixed offset doesn't follow daylight saving; a city name does.)"
TZ_UNKNOWN = "I couldn't find “{text}”. Try a city (berlin), a zone (Europe/Berlin) or UTC+2."
TZ_PICK = "Which one do you mean?"
TZ_ALSO = "\n(Not this one? For {also}, send /timezone {command}.)"
TRAVEL_OFFER = (
    "Travelling? 🧳 Your reminders come at {zone} time ({local} there now). Once you're "
    "there, tap below to have them come at local time, and send /timezone when you're home."
)
TRAVEL_SAME_TIME = "🕰 Your reminders already follow the time there ({local} now) ✅"
TZ_BEFORE_TIME = (
    "I need your time zone first, so that times are your local time. Tap your city above, "
    "or send it (e.g. london, uk)."
)
TZ_HELP = "Send your city or zone, e.g. /timezone berlin or /timezone UTC+2."
CHECKIN_SET = "Daily check-in at {time} ✅"
# (A check-in time asked for in words: one tap to move it; /settings keeps the others.)
OFFER_CHECKIN_MOVE = "Move your daily check-in from {old} to {new}? Tap to confirm."
OFFER_CHECKIN_MOVE_BUTTON = "⏰ Yes, check in at {new}"
CHECKIN_TIME_ALREADY = "Your daily check-in is already at {time} ✅"
ASK_CHECKIN_TYPED = "Or type any time, e.g. 16:00 or 7am."
ASK_CHECKIN_WHICH = "Which time suits you best? Tap one, or type another, e.g. 7:30pm."
BAD_TIME = "I couldn't read that time. Try 20:00 or 8pm."

ADD_ASK_NAME = "Which medicine? Send its name, e.g. ibuprofen."
# "the white ones" for a name: the name on the pack is what the list and the doctor need
ADD_NAME_DESCRIBED = (
    "I need the name printed on the box or label, e.g. naproxen — what does it say?"
)
ADD_ASK_DOSE = "How much is one dose of {name}? e.g. {example} — or tap Skip."
# The tablets of a dose were said ("1-2 tablets") before what one tablet holds.
ADD_ASK_TABLET = (
    "{count} at a time, noted. How much is in one tablet of {name}? e.g. {example} — or tap Skip."
)
ADD_ASK_TIMES = "When do you take {name}? Tap, or send times like 08:00 20:00."
ADD_SAVED = "Saved: {line} ✅"
# A liquid's day maximum said in ml that is no whole number of its measures ("7.5 ml" of
# 10 mg/5 ml): the column counts whole measures, so fewer are kept and this says so.
ADD_MAX_ML_CUT = (
    "ℹ️ You said up to {said} ml a day. I count a liquid's daily maximum in whole {measure} ml"
    " measures, so I've kept {kept} a day — a little less than you said, never more."
)
ADD_MAX_ML_NONE = (
    "ℹ️ You said up to {said} ml a day. I count a liquid's daily maximum in whole {measure} ml"
    " measures, so I haven't kept a daily maximum for {name}."
)
# "took 2 oramorph": two doses or 2 ml of a liquid is asked, each reading one tap.
TOOK_LIQUID_HOW_MUCH = "How much {name} was that? Tap one, or type it in ml (e.g. took 7.5 ml)."
# An edit "from Thursday" said on Wednesday: the doses until then are still reminded.
ADD_SAVED_UNTIL = "Until then, as before: {line}"
ADD_ASK_COURSE = (
    "Is {name} for a set number of days? Tap how long from today — or send e.g. "
    "for 10 days, until friday."
)
ADD_OFFER_SUPPLY = (
    "📦 How many {name} do you have? Tap one and each dose taken counts down, with a "
    "reminder before you run out — or ignore this. Any number: /refill {key} {example}"
)
ADD_ASK_PACK_TIME = (
    "When should the reminder for {name} come each day? Tap, or send a time like 08:00."
)
PACK_SAVED = (
    "ℹ️ As the pack is printed: {first} tablets ({first_mg:g} mg) on the first day, one fewer "
    "each day, {last} on the last — {total} tablets in all. Each reminder says that day's "
    "tablets; the pack shows when to take each one."
)
ADD_ZONE_UNKNOWN = (
    "⏰ I don't know your time zone yet, so I'm using UTC, where it's {now} now.\n"
    "Send /timezone and your city (e.g. /timezone berlin) so reminders come at your time."
)
ADD_CANCELLED = "OK, nothing saved."
# A medicine saved under a name not known (bot.telegram.handlers.ingredient)
INGREDIENT_ASK = (
    "I don't know “{name}” yet, so I can't run safety checks for it. What medicine is in "
    "it? It's printed on the box or the leaflet, e.g. “pregabalin 75 mg”. Tell me and I'll "
    "check it with your other medicines — or say skip."
)
INGREDIENT_SET = "Thanks — I'll check {name} as {generic} from now on ✅"
# What a medicine holds, told in chat ("myospaz has chlorzoxazone 250 mg paracetamol
# 300 mg"): never a dose; kept for it at one tap when it is on the list
CONTENTS_OFFER = (
    "Thanks — so {name} has {parts} in it. I haven't logged that as a dose. "
    "Shall I keep it for {name}, so I check it with your other medicines?"
)
# … told beside its dose ("took 2 myospaz, it has …"): the dose logged, its contents not
CONTENTS_OFFER_BESIDE = (
    "And {name} has {parts} in it — I've logged only the {name}, not those on their own. "
    "Shall I keep that for {name}, so I check it with your other medicines?"
)
CONTENTS_KEEP_BUTTON = "✅ Keep for {name}"
CONTENTS_ALREADY = "Thanks — I already have {name} as {parts} ✅ I haven't logged that as a dose."
CONTENTS_NOT_COUNTED = (
    "Thanks — I haven't logged that as a dose. I can't count what you named, so I still "
    "check {name} as {generic}."
)
CONTENTS_NOT_LISTED = (
    "Thanks — that's what's in {name}, so I haven't logged it as a dose. If you take "
    "{name}, /add it and I'll check it with your other medicines."
)
CONTENTS_DURING_SETUP = (
    "Thanks 💊 That reads like what's in a medicine, so I haven't logged it as taken. "
    "We'll add your medicines right after this — tell me again then."
)
INGREDIENT_SKIPPED = "OK — {name} stays as you typed it. I can't run safety checks for it."
INGREDIENT_UNKNOWN = (
    "I don't know that one either, so {name} stays as you typed it and I can't run safety "
    "checks for it. Your pharmacist can check it with your other medicines."
)
INGREDIENT_PART_UNKNOWN = (
    "I don't know {what}, so I can't check {name} as a whole — it stays as you typed it. "
    "Your pharmacist can check it with your other medicines."
)
# Some of what is in it is known: counted and checked; the rest said plainly.
INGREDIENT_COUNTED_PART = (
    "Thanks — I'll count the {counted} in {name} and check that with your other medicines ✅ "
    "I don't know {unknown}, so I can't check that part. Your pharmacist can check it with "
    "your other medicines."
)
INGREDIENT_COUNTED_ALL = (
    "Thanks — I'll count the {counted} in {name}, each in its own daily total, and check "
    "them with your other medicines ✅"
)
# Several medicines known on their own, in one product the knowledge has no row for: the
# paracetamol counted (its daily maximum is the one hidden in combinations), the rest said.
INGREDIENT_COUNTED_APART = (
    "Thanks — I'll count the {counted} in {name} in your daily total and check it with your "
    "other medicines ✅ I don't know {apart} in one product with it, so I don't count or "
    "check that part. Your pharmacist can check it with your other medicines."
)
INGREDIENT_NOT_ONE_PRODUCT = (
    "I know {apart} on their own, but not together in one product, so {name} stays as you "
    "typed it and I can't count or check it. Your pharmacist can check it with your other "
    "medicines."
)
INGREDIENT_NOTHING = "Thanks — there's no medicine waiting for that just now."
#: A course that cannot be kept, by CourseProblem value.
#: Before the times question when a dose pack was given several times.
# /add of a patch worn for a week (BuTrans SmPC 4.2 "every 7th day": bot/domain/patches.py)
ADD_PATCH_WEEKLY = (
    "One patch stays on for 7 days, so I'll remind you once a week, on today's day — or "
    "send another, e.g. every Monday at 08:00.\n\n"
)
PACK_ONE_TIME = (
    "A dose pack gets one reminder a day, saying that day's number of tablets — the pack "
    "shows how to spread them through the day.\n\n"
)

COURSE_PROBLEMS = {
    "ends_before_start": (
        "That course would end before it starts, so nothing is saved yet. "
        "Send it again with the dates, e.g. /add naproxen 500mg 08:00 for 10 days"
    ),
    "step_without_length": (
        "Each step before the last needs its length, so nothing is saved yet. Send it again "
        "like this: /add prednisone 20mg 08:00 for 5 days then 10mg for 5 days then stop"
    ),
    "too_far": (
        "That date is more than a year away, so nothing is saved yet. "
        "Send it again with the dates, e.g. /add prednisone 20mg 08:00 from monday for 5 days"
    ),
}
SUPPLY_COUNTED = "📦 {name}: {stock}."
SUPPLY_BACK = "⏰ Reminders for {name} are back on."
SUPPLY_OUT = "   ⛔ Out since {day}: no reminders until /refill {key} and the count."
SUPPLY_REFILL_HINT = "That's getting low: once you have more, send /refill {key} and the count."
SUPPLY_SOON = (
    "📦 {name} is running low: {stock}. Time to ask for a refill — "
    "once you have it, send /refill {key} and the count."
)
SUPPLY_LAST_DAY = (
    "📦 {name} is nearly out: {stock}. Once you have more, send /refill {key} and the count."
)
RAN_OUT_ASK = (
    "📦 Out of {name} — noted. Until you have more, its doses count as ran out, "
    "not missed.\nGot more? Tap 📦 Refilled. Not yet? Tap Not yet and its reminders "
    "stop till then."
)
RAN_OUT_STILL = (
    "Still out of {name} since {day} — noted 💙 Its doses count as ran out, not missed, "
    "until you have more. Then tap 📦 Refilled, or send /refill {key} and the count."
)
RAN_OUT_NOTED = (
    "I've got it down that you're out of {name} since {day} 💙 Its doses are noted as "
    "ran out meanwhile, no reminders. Once you have more, send /refill {key} and the count."
)
RAN_OUT_NOT_YET = (
    "OK. Until you have more, I'll note each {name} dose as skipped (ran out) instead of "
    "reminding you. Once you have it, send /refill {key} and the count."
)
RAN_OUT_REFILLED = (
    "Good 👍 {name} reminders carry on. To count what you have, send /refill {key} and the number."
)
# An as-needed medicine has no scheduled doses and no reminders: being out of it is what
# the summary and report say (Sandbox, Phoenix: Norco was told its reminders would stop)
RAN_OUT_ASK_AS_NEEDED = (
    "📦 Out of {name} — noted. Your summary and report will say so until you have more.\n"
    "Got more? Tap 📦 Refilled."
)
RAN_OUT_STILL_AS_NEEDED = (
    "Still out of {name} since {day} — noted 💙 Once you have more, tap 📦 Refilled, or "
    "send /refill {key} and the count."
)
RAN_OUT_NOTED_AS_NEEDED = (
    "I've got it down that you're out of {name} since {day} 💙 Once you have more, "
    "send /refill {key} and the count."
)
RAN_OUT_NOT_YET_AS_NEEDED = (
    "OK, still out of {name} — noted. Once you have it, send /refill {key} and the count."
)
RAN_OUT_REFILLED_AS_NEEDED = (
    "Good 👍 {name} is back in stock. To count what you have, send /refill {key} and the number."
)
REFILL_NONE = "OK — nothing counted. Any time: /refill and the medicine and how many."
REFILL_HELP = (
    "Send the medicine and how many you have now, e.g. /refill gabapentin 90 — "
    "I'll count down from there."
)
REFILL_UNKNOWN = "I can't find “{name}” in your medicines — /meds lists them."
#: Beside a taper step's last reminder (the day before the next step).
TAPER_NEXT_STEP = "🔜 From tomorrow your dose changes to {dose}."
# A dose of a medicine whose course has ended ("took oxy" after its 7 days): a fact the
# doctor needs, kept as an extra dose
TOOK_AFTER_COURSE = (
    "Your {name} course ended on {day}; I've kept this dose for your doctor to see. If you "
    "were told to go on with it, /add it again; if you have questions, talk to your doctor "
    "or pharmacist."
)
#: Beside the course's last reminder.
COURSE_LAST_DOSE = "🏁 Last dose of this course — reminders for it stop after this one."
COURSE_LAST_DOSE_OF = (
    "🏁 Last dose of the {names} course — reminders for it stop after this one; the others go on."
)
ADD_CONFIRM_WARNINGS = "Before I save {name}:\n\n{warnings}"
ADD_WAITING_CONFIRM = "{name} isn't saved yet: tap Save anyway or Cancel above."
ADD_INGREDIENTS_NOTED = "Noted what's in {name} — I'll read it when it's saved."
ADD_WAITING_ANSWER = "{name} isn't saved yet: answer above when you're ready, or send cancel."
ADD_DROPPED = "({name} wasn't saved — send /add whenever you want to add it.)"
# A titration whose later steps say when only in words ("then twice a day"): its times
# are not guessed.
ADD_STEPS_KEEP_TIMES = (
    "⏰ The later steps keep the times above. If a step changes when you take it (e.g. "
    "twice a day), put its times in the line — “… for 3 days then 300mg 08:00 22:00” — or "
    "use /meds → Edit when that step starts."
)
ADD_FIRST_PART_ONLY = (
    "⏰ I saved the first part only, and it ends as shown. For what comes after, send /add "
    "{name} again with its dose and times, starting that day (e.g. “from thursday”)."
)
EDIT_DROPPED = "({name} is unchanged — tap ✏️ Edit in /meds to change it.)"
EDIT_WAITING = "{name} is unchanged: send its new details as one line, or send cancel."

MEDS_EMPTY = "You have no medicines yet. Add one with /add, e.g. /add ibuprofen 400mg 08:00 20:00"
MEDS_HEADER = "Your medicines:"
MED_PAUSED = "⏸ {name} paused: no reminders, and its doses aren't counted as missed."
MED_PAUSE_HOW_LONG = "For how long? Tap one, or leave it until you tap Resume in /meds."
#: The choices under MED_PAUSED: how long a medicine stays paused (0: until resumed).
PAUSE_FOR_WORDS = {1: "1 day", 3: "3 days", 7: "1 week", 0: "Until I resume"}
MED_PAUSED_UNTIL = (
    "⏸ {name} paused until {when}. I'll tell you when it's back on — or tap Resume in "
    "/meds to restart it sooner."
)
MED_PAUSED_OPEN = "⏸ {name} paused until you resume it: tap Resume in /meds when you're ready."
MED_PAUSE_OVER = "{name} isn't paused any more — /meds shows it as it is now."
MED_BACK_ON = "▶️ {name} is back on after its pause of {span}: its reminders start again."
MED_BACK_ON_ALL_PAUSED = (
    "▶️ {name}'s pause of {span} is over. All reminders are still paused — /resume brings them back."
)
MED_PAUSED_WHY = "Your doctor's report will show it paused from {day}: {why}."
# After "stopped the naproxen" / "doctor upped my gabapentin": the list changes on a tap.
OFFER_REFILL = "📦 {came} {name}: tap to count them, and each dose taken counts down."
OFFER_REFILL_ADDED = (
    "📦 {came} more {name}: with the {left} you had, {total} on hand. Tap to count them in."
)
CAME_SHORT_ASK = (
    "📦 Only part of your {name} came — that's a pain. How many did you get? Tap it to "
    "count them in with the {left} you had, or send /refill {key} and the number on hand."
)
CAME_SHORT_ASK_NONE = (
    "📦 Only part of your {name} came — that's a pain. How many did you get? Tap it, or "
    "send /refill {key} and the number."
)
CAME_ASK = (
    "📦 More {name} — how many came? Tap it to count them in with the {left} you had, or "
    "send /refill {key} and the number on hand."
)
CAME_ASK_NONE = "📦 More {name} — how many came? Tap it, or send /refill {key} and the number."
CAME_TYPE_IT = (
    "📦 More {name} — how many do you have now? Send /refill {key} and the number, and "
    "each dose taken counts down."
)
OFFER_REFILL_WHICH = (
    "📦 {came} more — of which medicine? Tap it to count them in with what you had "
    "(or send /refill, the medicine and the count on hand)."
)
OFFER_PAUSE = "Pause {name}? Its reminders stop until you resume it in /meds."
OFFER_PAUSE_ALL = (
    "A break from your medicines? I can pause all reminders, so nothing is marked missed "
    "meanwhile — send /resume when you're back."
)
OFFER_REMOVE = (
    "Have you stopped {name}? Tap to take it off your list: its reminders stop, and your "
    "report keeps its history."
)
# A clinician's word to stop it, kept in the person's words for the report (Sandbox, Glasgow)
OFFER_REMOVE_ASKED = (
    "Take {name} off your list? Tap to remove it: its reminders stop, and your report keeps "
    "its history."
)
OFFER_REMOVE_TOLD = (
    "I've kept what the doctor said for your report. To take {name} off your list, tap "
    "below: its reminders stop, and your report keeps its history."
)
OFFER_CHANGE = (
    "Has {name} changed? Tap to change it on your list, so your reminders and report match."
)
# A dose change told in passing ("dizzy since the pregabalin went up"): the list updated
# by one tap, to the dose told (Sandbox, Glasgow: the list stayed at 75 mg)
OFFER_NEW_DOSE = (
    "Is {name} {strength} now? Tap to update your list, so your reminders and report match."
)
OFFER_DOSE_NOW = (
    "What's your {low} dose now? Tap it to update your list, so your reminders and report match."
)
NEW_DOSE_TYPE_IT = "✏️ Type it"
# A dose change told without the medicine's name: which one, by one tap
OFFER_CHANGE_WHICH = (
    "Which medicine changed? Tap it to change it on your list, so your reminders and report match."
)
# A medicine told as started by a clinician, not on the list (Sandbox, Leeds)
OFFER_ADD_STARTED = (
    "A new medicine 💊 Shall I add {name} to your list? Tap below: I'll fill in what you "
    "told me and ask only what's missing."
)
ADD_STARTED_BUTTON = "➕ Add {name}"
# A whole list sent in one message ("naproxen 500 twice a day, omeprazole 20 …")
OFFER_ADD_LISTED = (
    "That sounds like the medicines you take 💊 Tap one to add it: I'll fill in what you "
    "told me and ask only what's missing, then offer the rest."
)
# …again after each one from it is saved, until all are on the list
# /add naming two parts of one product bare ("paracetamol and codeine")
OFFER_ADD_EITHER = (
    "Is that one tablet with both in it, or two medicines? 💊 Tap the one tablet, or each "
    "of the two:"
)
OFFER_ADD_NEXT = "Next from your list 💊 Tap one to add it:"
# the dose question's example for a week's patch (Butrans: 5 to 20 mcg an hour, its
# cartons "5 mcg per hour ... 20 mcg per hour", openFDA label set 315284b8-32ab-d34a-ea02-
# f501c6131bcc, read in bot/domain/patches.py)
ADD_PATCH_EXAMPLE = "5 mcg/h, as printed on the box"
# beside a list's offer: those of it left out, as on the list already
LIST_SOME_ON_IT = "Already on your list: {names} — /meds to change a dose or its times."
LIST_ALL_ADDED = "That's everything from your list added ✅ /meds shows them all."
# /add with a list whose medicines are all on the list already
LIST_ALREADY_ADDED = "Those are all on your list already ✅ /meds shows them."
# …while the time zone or the check-in time is still asked at the start
LISTED_DURING_SETUP = (
    "Thanks 💊 We'll add your medicines right after this — no need to send them again."
)
# …and offered once setup is done
OFFER_ADD_HELD_LIST = (
    "Now your medicines 💊 Tap one to add it: I'll fill in what you told me and ask only "
    "what's missing, then offer the rest."
)
# "add naproxen" while setup asks its question: the medicine is the very next step
# (no "First:" before the question repeated: the zone's own question opens "First, …")
ADD_DURING_SETUP = "Thanks 💊 We'll add {line} right after this — no need to send it again."
ADD_ANY_DURING_SETUP = "Thanks 💊 We'll add your medicine right after this."
# Back home while reminders are paused ("home now", "discharged today")
OFFER_RESUME_BACK = "Welcome back 💙 Your reminders are still paused. Tap to turn them back on."
RESUME_BUTTON = "▶️ Resume reminders"
MED_RESUMED = "▶️ {name} resumed."
MED_REMOVED = "🗑 {name} removed. Its past doses stay in your history."
MED_REMOVED_SINCE = (
    "🗑 {name} removed, as stopped on {day}. Its doses from then on that weren't answered "
    "are off your record, so they don't show as missed."
)
OFFER_REMOVE_SINCE = (
    "Have you stopped {name}? Tap to take it off your list from {day}: its reminders stop, "
    "the doses since then don't count as missed, and your report keeps its history."
)
MED_REMOVE_CONFIRM = "Remove {name}? Its past doses stay in your history."
MED_GONE = "That medicine isn't in your list any more."

OFFER_PAUSE_STAY = (
    "Good luck with your stay 💙 When you go in, tap below to pause all reminders, so "
    "nothing is marked missed while you're there. Send /resume when you're home."
)
PAUSED_ALL = "⏸ All reminders paused. Send /resume when you want them back."
PAUSED_ALL_WHY = "Your report will say they were paused while you were {why}."
RESUMED_ALL = "▶️ Reminders are back on."
ALREADY_PAUSED = "Reminders are already paused. /resume turns them back on."
NOT_PAUSED = "Reminders are already on."

REMINDER_HEAD = "💊 Time for your {time} dose"
REMINDER_HEAD_MANY = "💊 Time for your {time} doses"
# After a weekly medicine's name in its reminder (Sandbox, Glasgow: alendronic acid)
REMINDER_WEEKLY = " · your weekly dose"
REMINDER_LATE = " (late — I was offline at {time}, sorry)"
REMINDER_LATE_MOVED = " (late — by your new time zone, {time} has just passed)"
# Redrawn after a tap: why it was late (offline, or a zone change) is no longer known.
REMINDER_LATE_REDRAWN = " (sent late)"
REMINDER_SNOOZED_HEAD = "⏰ Snooze over — your {time} dose"
REMINDER_SNOOZED_HEAD_MANY = "⏰ Snooze over — your {time} doses"
FOLLOWUP_HEAD = "Gentle nudge 🙂 Did you take your {time} dose?"
FOLLOWUP_HEAD_MANY = "Gentle nudge 🙂 Did you take your {time} doses?"
# … in a chat a carer has said they write in ("this is Sarah, her daughter"): the doses
# are the person's they write for, not theirs (Sandbox, Leeds: "Time for your 08:00 dose")
REMINDER_HEAD_CARER = "💊 Time for their {time} dose"
REMINDER_HEAD_MANY_CARER = "💊 Time for their {time} doses"
REMINDER_WEEKLY_CARER = " · their weekly dose"
REMINDER_SNOOZED_HEAD_CARER = "⏰ Snooze over — their {time} dose"
REMINDER_SNOOZED_HEAD_MANY_CARER = "⏰ Snooze over — their {time} doses"
FOLLOWUP_HEAD_CARER = "Gentle nudge 🙂 Did they take their {time} dose?"
FOLLOWUP_HEAD_MANY_CARER = "Gentle nudge 🙂 Did they take their {time} doses?"
#: Under a reminder whose dose the person said they took, before we knew it was this one.
REMINDER_TOLD_TAKEN = (
    "ℹ️ At {time} you told me you took {what}. If that was this dose, tap ✅ Yes on my "
    "question above."
)
REMINDER_TOLD_TAKEN_CARER = (
    "ℹ️ At {time} you told me they took {what}. If that was this dose, tap ✅ Yes on my "
    "question above."
)
# A dose reminded while the person is out of it ("ran out of gabapentin" said before),
# and its buttons: had some and took it / still out (set down as ran out) / more came.
REMINDER_OUT = "you said you'd run out. Got some now?"
REMINDER_OUT_TAKEN = "✅ Got some, taken"
REMINDER_OUT_STILL = "🚫 Still out"
REMINDER_OUT_GOT_MORE = "📦 Got more, not taken yet"
GOT_MORE_NOTED = "Good 👍 Glad you have it again."
OUTCOME_TAKEN = "✅ Taken {time}"
OUTCOME_TAKEN_LATE = "✅ Taken {time} (late)"
# Only part of the dose ("½ a naproxen"): the line names the part, this says it was one.
OUTCOME_TAKEN_PART = "✅ Taken {time} (part of the dose)"
OUTCOME_TAKEN_PART_LATE = "✅ Taken {time} (late, part of the dose)"
OUTCOME_SKIPPED = "⏭ Skipped — {reason}"
OUTCOME_SKIPPED_UNSAID = "⏭ Skipped"
# "did I take my gabapentin this morning?": the record read back, facts only.
TAKEN_TODAY = "Here's what I have for {what} today, {day}:"
TAKEN_LAST_DAY = "Here's what I have for {what} in the last 24 hours:"
TAKEN_LAST_DAY_NONE = (
    "I have nothing recorded for {what} in the last 24 hours. If you took some, tell me, "
    "e.g. “took it at 8”."
)
TAKEN_TODAY_NONE = (
    "I have nothing recorded for {what} today. If you took it, tell me, e.g. “took it at 8”."
)
TAKEN_ALL = "your medicines"
# A dose told in doubt ("think I took it?", "might have taken one, might not"): the record
# only holds what is known, so the answer says it was not logged before what is there
DOUBTED_NOT_LOGGED = "As you're not sure, I haven't logged it."
DOUBTED_NOT_LOGGED_CARER = "As you're not sure, I haven't logged it for them."
# … asked by a carer ("did mum take her naproxen?"): the doses and the list are the
# patient's, never the one asking (Sandbox, Leeds: "If you took it, tell me")
TAKEN_LAST_DAY_NONE_CARER = (
    "I have nothing recorded for {what} in the last 24 hours. If they took some, tell me, "
    "e.g. “took it at 8”."
)
TAKEN_TODAY_NONE_CARER = (
    "I have nothing recorded for {what} today. If they took it, tell me, e.g. “took it at 8”."
)
TAKEN_ALL_CARER = "their medicines"
TAKEN_OWN_MAX_CARER = "The maximum set for their {name}: {most} a day."
TAKEN_INGREDIENT_ALL_CARER = (
    "{ingredient} {when} from all their medicines ({others} too): about {mg} mg."
)
TAKEN_LABEL_MAX_CARER = (
    "The labelled maximum for {ingredient} is {mg} mg in 24 hours, from all products together. "
    "If you have questions, talk to their doctor or pharmacist."
)
TAKEN_NOT_YET = "not due yet"
TAKEN_UNANSWERED = "not answered yet"
TAKEN_EXTRA = "• {time} {what} — ✅ taken (logged)"
TAKEN_COUNT = "In all {when}: {doses} dose{s} taken"
TAKEN_COUNT_UNITS = " ({units} tablet{s})"
TAKEN_OWN_MAX = "The maximum you set for {name}: {most} a day."
TAKEN_INGREDIENT = "{ingredient} in those: about {mg} mg."
TAKEN_INGREDIENT_ALL = "{ingredient} {when} from all your medicines ({others} too): about {mg} mg."
TAKEN_INGREDIENT_PART = (
    "{ingredient} in those: about {mg} mg, plus {names} of a strength not given."
)
TAKEN_INGREDIENT_NONE = "I can't add up the {ingredient}: no strength given for {names}."
TAKEN_LABEL_MAX = (
    "The labelled maximum for {ingredient} is {mg} mg in 24 hours, from all products together. "
    "If you have questions, talk to your doctor or pharmacist."
)
OUTCOME_SNOOZED = "⏰ Snoozed until {time}"
OUTCOME_MISSED = "⭕ Missed — tap Taken if you did take it"
OUTCOME_MISSED_CARER = "⭕ Missed — tap Taken if they did take it"
ASK_SNOOZE = "Snooze {name} for how long?"
ASK_SKIP = "Why are you skipping {name}? (It helps your doctor.)"
ASK_SKIP_CARER = "Why are they skipping {name}? (It helps their doctor.)"
# Under a dose tapped Taken well after its time (even the next morning, past its
# cutoff: stored at the tap): one tap sets it at its due time.
TOOK_IT_AT_DUE = "🕗 I took it at {time}"
TOOK_IT_AT_DUE_CARER = "🕗 Taken at {time}"
SKIP_REASONS = {
    "forgot": "Forgot",
    "side_effects": "Side effects",
    "felt_fine": "Felt fine",
    "ran_out": "Ran out",
    "other": "Other",
}
# "ok" said while a reminder's Skip menu asks why: it still waits for the reason.
SKIP_WHY_TYPE = "Tap a reason above, or tell me in a few words why you're skipping it."
# Under "skip" typed with no reason: the Skip button's question, one tap to answer.
ASK_SKIP_WHY = "Why did you skip it? One tap — it helps your doctor."
# … after a carer's words ("she skipped her gabapentin"): of the person they write for
ASK_SKIP_WHY_CARER = "Why did they skip it? One tap — it helps their doctor."
SKIP_WHY_GIVEN = "Why: {why} ✅"
# … its words filed under "other", a word the person never said: not echoed
SKIP_WHY_NOTED = "Noted ✅"
ALREADY_ANSWERED = "Already recorded — nothing changed."
# A late Taken minutes after another dose of the same medicine was logged (Sandbox,
# London: "took naproxen" for 20:00, then Taken on the unanswered 08:00 reminder)
TAKEN_BESIDE_ANOTHER = (
    "Noted ✅ {name}: your {due} dose is now marked taken at {now}, next to the {other_due} "
    "dose you logged at {other_at}. If they were the same dose, tap ↩️ Undo on the {due} "
    "reminder; if you took the {due} one earlier, tap 🕗 I took it at {due} there."
)
STALE_BUTTON = "That button is out of date — nothing changed."
NOT_YOURS = "That button isn't for you — nothing changed."
RECORDED = "Recorded ✅"

TOOK_LOGGED = "Logged: {what} {when} ✅"
TOOK_EXTRA = "+ {what} more {when}, as an extra dose ✅"
UNDO_EXTRA = "↩️ Undo the extra dose"
TOOK_MATCHED = "Logged: {what} — your {due} dose{day} ✅"
TOOK_MATCHED_LATE = "Logged: {what} — your {due} dose{day}, taken late ✅"
TOOK_MATCHED_PART = "Logged: {what} — part of your {due} dose{day} ✅"
TOOK_MATCHED_PART_LATE = "Logged: {what} — part of your {due} dose{day}, taken late ✅"
# … after a carer's words ("mum took her naproxen"): their dose, not "your"
TOOK_MATCHED_CARER = "Logged: {what} — their {due} dose ✅"
TOOK_MATCHED_LATE_CARER = "Logged: {what} — their {due} dose, taken late ✅"
TOOK_MATCHED_PART_CARER = "Logged: {what} — part of their {due} dose ✅"
TOOK_MATCHED_PART_LATE_CARER = "Logged: {what} — part of their {due} dose, taken late ✅"
TOOK_FUTURE = (
    "{what} at {time} is still to come, so I haven't logged it. Have you taken it already?"
)
EARLIER_STILL_OPEN = "Your {time} {what} is still open — tap its reminder, or tell me."
ADD_ASK_STEP_TIMES = (
    "From {day}, {name}{amount}: when do you take it? Tap, or send times like 08:00 20:00."
)
ADD_DAY_UNITS = (
    "{n} a day: tap when you take them (one each time), or send one time if you take "
    "them all together.\n"
)
ADD_UNITS_UNEVEN = (
    "{n} a day doesn't split evenly over those times. Send {n} times (one each), or one "
    "time (all together). Different amounts at different times? /add each one on its own "
    "line.\n"
)
TOOK_NAMED_ONLY = "{what} — did you take it just now?"
TOOK_WHICH = "Nothing is due right now, so I haven't logged anything yet. Which one did you take?"
# "took 1 more tram": one more of a medicine not named (nor known by that name)
TOOK_WHICH_MORE = "One more of which? Tap it and I'll log it."
# "took the little white one" with two medicines due
TOOK_WHICH_OF_DUE = "Which one did you take? I'll log it as soon as you tap."
# "pharmacy hadn't got it in" answering a reminder of several medicines: which is out
OUT_WHICH = "Which one has run out? Tap it and I'll note that dose as skipped."
OUT_WHICH_BOTH = "Both"
OUT_WHICH_ALL = "All of them"
OUT_WHICH_NONE = "None — I have them"
OUT_WHICH_NOTED = "Noted: {what} skipped (ran out)."
OUT_WHICH_NOTHING = "OK — nothing noted as run out."
# "oops, only half" after All taken: which dose was only part.
PART_WHICH = "Which one was only part of the dose?"
TOOK_NOT_LOGGED = "OK — nothing logged."
TOOK_EARLY = "Was that your {due} dose of {what}?"
TOOK_EARLY_CARER = "Was that their {due} dose of {what}?"
# "took my gabapentin at 10" at 09:55, its 10:00 dose about to come: the clock's 22:00 last
# night, or that dose taken early?
TOOK_TWELVE = "Was that your {due} dose of {what}, taken just now — or a dose at {then}?"
TOOK_TWELVE_CARER = "Was that their {due} dose of {what}, taken just now — or a dose at {then}?"
TOOK_AGAIN = (
    "Your {due} dose of {what} is already marked taken ✅. Is this the same dose, or another one?"
)
TOOK_TOLD_AGAIN = "Is this the {what} logged at {time}, or another one?"
TOOK_SAME_DOSE = "Got it — it stays recorded once ✅"
# "took it at 23:30" of a dose tapped Taken late: its time set as told.
TOOK_RETIMED = "Changed: {what} taken at {time}, not {old} ✅"
TOOK_MATCHED_EARLY = "Logged: {what} — your {due} dose, taken at {time} ✅"
TOOK_MATCHED_EARLY_CARER = "Logged: {what} — their {due} dose, taken at {time} ✅"
SKIPPED_PAST = "Noted: {what} on {day} at {due} skipped{why}."
SKIPPED_AHEAD = "Noted: {what} at {due} skipped{why}. I won't remind you about it."
SKIP_NOT_DUE_YET = (
    "Your {what} isn't due until {due}, so nothing's been missed yet — I've left it as it "
    "is and I'll still remind you at {due}."
)
SKIP_NOT_DUE_OPEN_BEFORE = (
    "Your {due} dose of {what} on {day} has no answer yet. If that's the one you meant, tap below."
)
# … after a carer's words ("she skipped her naproxen this morning"): the dose is hers, and
# the reminder comes to the carer
SKIPPED_AHEAD_CARER = "Noted: {what} at {due} skipped{why}. I won't send its reminder."
SKIP_NOT_DUE_YET_CARER = (
    "Their {what} isn't due until {due}, so nothing's been missed yet — I've left it as it "
    "is and its reminder will still come at {due}."
)
SKIP_NOT_DUE_OPEN_BEFORE_CARER = (
    "Their {due} dose of {what} on {day} has no answer yet. If that's the one you meant, tap below."
)
SKIP_THAT_ONE = "⏭ The {due} one: skipped{why}"
SNOOZE_NOTHING_WAITING = "No reminder is waiting right now, so there's nothing to snooze."
NO_REMINDER_WAITING = "No reminder is waiting right now."
REMINDERS_TODAY = "⏰ {what}: reminders today at {times}."
NEXT_REMINDER = "⏰ {what}: next reminder {when}."
NEXT_DOSES = "⏰ Your next reminder is {when}: {what}."
REMINDER_WAITING_ABOVE = "💊 A reminder is waiting above: tap Taken there once you've had it."
NO_REMINDERS_SET = "You have no medicines with reminders yet. /add one and I'll remind you."
NOT_ON_YOUR_LIST = (
    "{what} isn't on your list, so I don't send reminders for it. /add it if you take it."
)
NO_REMINDER_COMING = "⏰ {what}: no more reminders on its schedule."
MED_IS_PAUSED = "⏸ {what} is paused: no reminders until you resume it in /meds."
AS_NEEDED_NO_REMINDER = (
    "⏰ {what} is taken as needed, so it has no reminders: tell me when you take one."
)
SKIP_NOTHING_WAITING = "No dose of {what} is waiting right now, so there's nothing to skip."
SKIP_NOTHING_THEN = (
    "There's no dose of {what} from then that I can still change, so the record stays as it is."
)
SKIP_NOT_IN_LIST = (
    "{what} isn't in your list, so there's no dose of it to skip. "
    "If you take it regularly, /add it for reminders."
)
TOOK_HELP = "What did you take? e.g. /took ibuprofen 400mg, or /took acetaminophen 1000mg at 3pm"
TOOK_UNKNOWN_MED = "I logged {name}, but it's not in your list — I can't run safety checks for it."
TOOK_OTHER_STRENGTH = "Counted at {name}'s own strength, not as your {listed}."
TOOK_OTHER_PRODUCT = "Kept as {name}, not as your {listed}: they come in different strengths."
# The same dose (medicine, time, count) told again from another message
TOOK_TOLD_ALREADY = (
    "You'd already told me of this one at that time. If it's the same dose, tap ↩️ Undo so "
    "it isn't counted twice."
)
TOOK_MORE_THAN_ONE_DOSE = (
    "That's more than one dose on your list ({listed}). If your doctor changed it, /meds "
    "updates it; if you have questions, talk to your doctor or pharmacist."
)
TOOK_MORE_THAN_ASSUMED = (
    "Your list counts one tablet of {listed} as a dose. If you take more at a time, /meds "
    "can say so, so your totals stay right; if you have questions, talk to your doctor or "
    "pharmacist."
)
# … after a carer's words ("mum's had 2 cocodamol at 3"): the list and the doctor are hers
TOOK_MORE_THAN_ONE_DOSE_CARER = (
    "That's more than one dose on their list ({listed}). If their doctor changed it, /meds "
    "updates it; if you have questions, talk to their doctor or pharmacist."
)
TOOK_MORE_THAN_ASSUMED_CARER = (
    "Their list counts one tablet of {listed} as a dose. If they take more at a time, /meds "
    "can say so, so their totals stay right; if you have questions, talk to their doctor or "
    "pharmacist."
)
TOOK_NOT_LISTED = "{name} isn't in your list: if you take it regularly, /add it for reminders."

HELP = (
    "Here's what I understand:\n"
    "/add — add a medicine (e.g. /add ibuprofen 400mg 08:00 20:00)\n"
    "/meds — your medicines, with Edit / Pause / Remove\n"
    "/took — log a dose (e.g. /took acetaminophen 1000mg at 3pm)\n"
    "/refill — pills on hand (e.g. /refill gabapentin 90)\n"
    "/ask — a question for your doctor (e.g. /ask can I take advil with meloxicam?); "
    "/ask alone lists them\n"
    "/appointment — your next visit (e.g. /appointment 15 dec 14:30 Dr Patel): "
    "your report and questions the day before\n"
    "/routine — stretches, a walk or physio with a reminder "
    "(e.g. /routine walk 30 min 18:00); /routine alone lists them\n"
    "/checkin — tell me about your pain now\n"
    "/summary — your week at a glance\n"
    "/report — a PDF for your doctor (/report 90 for 90 days)\n"
    "/export — all your data as CSV\n"
    "/settings — check-in time, summary, snooze, quiet hours\n"
    "/timezone — change your time zone (e.g. /timezone berlin)\n"
    "/pause, /resume — stop or restart all reminders\n"
    "/caregiver — let someone you trust hear when a dose is missed\n"
    "/delete — erase everything I keep about you\n\n"
    "You can also just write, e.g. “took it”, “snooze 30”, "
    "“7, shooting down my left leg, slept badly”, or ask “when is my next dose?”. "
    "A typo? “sorry, I meant 6” fixes what you just sent; “undo” takes it back."
)
PRIVATE_ONLY = "I work in private chats only — message me directly 🙂"
NOT_ALLOWED = "Sorry, this bot is private. Ask whoever runs it to add you."
NOTE_KEPT = "Kept in your notes 🗒 — it will be in your summary and report."
DIDNT_UNDERSTAND = "Sorry, I didn't catch that. What would you like to do?"
# "done ✅ — oops wrong chat, ignore that": sent here by mistake, so nothing is kept
MEANT_ELSEWHERE = "No problem — I haven't saved anything from that message."
PAIN_HOW_BAD = (
    "I'm sorry it's this bad 💙 How bad is it right now? 0 = none, 10 = worst imaginable."
)
SORRY_IT_HURTS = "I'm sorry it's this bad 💙"
# "pain 11", "my pain is 20": above the scale, asked again with its buttons (one tap on 10)
PAIN_OFF_SCALE = (
    "I'm sorry it's this bad 💙 The scale stops at 10, the worst pain imaginable. "
    "How bad is it right now?"
)
FELT_NOTED = "Noted with your pain score: {what} ✅"
SIGNS_DENIED = "Good to hear 💙 Shall I keep that as a note for your doctor?"
SAID_SAFE = "Thank you for letting me know 💙 Shall I keep that as a note for your doctor?"
# "skip" typed to the daily check-in's pain question
CHECKIN_DECLINED = "No problem 💙 No check-in today — I'll ask again tomorrow."
# "went to the ER last night", told with no alarm before it
CARE_SOUGHT = (
    "I'm sorry you had to go 💙 I hope you got the care you needed. Shall I keep that as a "
    "note for your doctor?"
)
# … told of someone spoken of in the third person ("she went to A&E last night", "took him
# to urgent care"): a carer's words, or the patient's of their family, so never "you"
CARE_SOUGHT_THEIRS = (
    "I'm sorry to hear that 💙 I hope they got the care they needed. Shall I keep it as a "
    "note for the doctor?"
)
# … by someone the chat has said writes for the patient: kept as a note already
CARE_SOUGHT_THEIRS_KEPT = (
    "I'm sorry they had to go 💙 I hope they got the care they needed. I've kept it for "
    "their doctor."
)
# "can I drive on endone and lyrica?": no answer the bot holds — the prescriber's or the
# pharmacist's, asked plainly (never "you're fine")
DRIVING_ASKED = (
    "That's an important one, and not one I can answer for you: whether you can drive on "
    "your medicines depends on you, the doses and how they affect you. Please ask your "
    "doctor or pharmacist before you drive — and if you feel drowsy, dizzy or slowed, "
    "don't. Tap below to keep the question for your doctor."
)
SAVE_FOR_DOCTOR = "🩺 Save it to ask my doctor"
# A medicine named in words that record no dose: said plainly, with the way to log one.
ANOTHERS_DOSE = (
    "That sounds like someone else's dose, so I haven't logged it for you. "
    "If you took one yourself, tap 💊 I took a dose."
)
NO_DOSE_LOGGED = (
    "I haven't logged a dose from that — it doesn't sound like one you took. "
    "If you did take one, tap 💊 I took a dose."
)
# Before the labels' own warnings for two medicines asked about together.
THE_LABELS_SAY = "Here is what the medicine labels say about taking these together:"
# A question the bot cannot read: it gives no medical advice, but the doctor can.
ASKED_NOT_UNDERSTOOD = (
    "That sounds like a question for your doctor or pharmacist — I can't answer it, "
    "but I can keep it for your next visit. Or:"
)
SOMETHING_WRONG = "Sorry, something went wrong on my side. Your data is safe — please try again."
NOT_SAVED = (
    "I couldn't save that: my records aren't answering right now, so nothing was "
    "recorded. Please send it again in a minute."
)
NOT_SAVED_TAP = "Not saved: my records aren't answering. Please tap again in a minute."
NEED_START = "Send /start first and I'll set you up."
UNKNOWN_COMMAND = "I don't know that command. /help shows what I can do."
UNKNOWN_COMMAND_MEANT = "I don't know that command. Did you mean /{command}? It {what}."
CATCHING_UP = (
    "I'm still reading your earlier messages, so I haven't read the newest ones. "
    "Please send them again in a minute."
)
CATCHING_UP_TAP = "One moment — still catching up. Please tap again in a minute."
EDIT_REREAD = "✏️ Got your edit — I've replaced what I noted from that message."
EDIT_NOT_REREAD = (
    "✏️ I saw your edit, but I keep what I read the first time. "
    "If something needs changing, send it as a new message."
)
TOO_LONG = "That's a long message! Could you send it in a shorter one?"
NON_TEXT = "I can only read text (and a shared location for your time zone)."

# ---------------------------------------------------------------- check-in
CHECKIN_ASK = "How is your pain right now? 0 = none, 10 = worst imaginable."
CHECKIN_NUDGE = "Just a gentle nudge 🙂 How is your pain right now?"
CHECKIN_NUDGE_CARER = "Just a gentle nudge 🙂 How is their pain right now?"
CHECKIN_GOT_PAIN = "Pain {score}/10 — thank you."
# A score typed beside another question's answer ("pain 7, down my left leg" for where)
CHECKIN_ALSO_PAIN = " · pain {score}/10 noted too"
# A typed answer the check-in could not place: its own question again, one tap away,
# never the general "what would you like to do?" menu.
CHECKIN_NOT_PLACED = "Sorry, I didn't quite catch that. {question}"
# A score tapped after the check-in closed: kept as the pain now, not as that day's.
CHECKIN_LATE_PAIN = "Pain {score}/10 — noted for now, thank you."
# … and tapped on a check-in of a day that has ended (last night's message, the next
# morning): said plainly, so nobody wonders why yesterday shows no score.
CHECKIN_TODAYS_PAIN = "Pain {score}/10 — saved as today's pain, thank you."
CHECKIN_ASK_ENJOYMENT = (
    "This week, how much has pain got in the way of enjoying life? 0 = not at all, 10 = completely."
)
CHECKIN_ASK_GENERAL = (
    "And how much has it got in the way of your general activity this week? "
    "0 = not at all, 10 = completely."
)
CHECKIN_ASK_LOCATION = "Where does it hurt most?"
CHECKIN_ASK_RADIATING = "Does it run down a leg?"
CHECKIN_ASK_SIDE_EFFECTS = "Any side effects today? Tap all that apply."
CHECKIN_ASK_SLEEP = "How did you sleep last night?"
CHECKIN_ASK_ACTIVITY = "Any activity or exercise today?"
CHECKIN_ASK_NOTE = "Anything else for your notes? Write it, or tap Done."
# The check-in's questions asked again right after a carer's words ("she's been really
# sleepy"): of the person they write for, not of them
CHECKIN_ASK_CARER = "How is their pain right now? 0 = none, 10 = worst imaginable."
CHECKIN_ASK_GENERAL_CARER = (
    "And how much has it got in the way of their general activity this week? "
    "0 = not at all, 10 = completely."
)
CHECKIN_ASK_SLEEP_CARER = "How did they sleep last night?"
CHECKIN_ASK_NOTE_CARER = "Anything else for their notes? Write it, or tap Done."
CHECKIN_DONE = "Thanks — all noted 💙 Take care of yourself tonight."
CHECKIN_DONE_DAY = "Thanks — all noted 💙 Take care of yourself today."
# … in a chat a carer has said they write in ("this is Sarah, her daughter"): both of them
CHECKIN_DONE_CARER = "Thanks — all noted 💙 Take care of them, and of yourself, tonight."
CHECKIN_DONE_DAY_CARER = "Thanks — all noted 💙 Take care of them, and of yourself, today."
# A pain said without a score, asked about then: the day's check-in still to come
PAIN_NOW_DONE = "Thanks — noted 💙 I'm sorry it's so bad. I'll still check in at your usual time."
# Onboarding's baseline: the PEG once, the starting point the report compares weeks with.
BASELINE_ASK = (
    "One more thing: three quick questions, so your doctor can see how things change "
    "from here.\n" + CHECKIN_ASK
)
BASELINE_DONE = "Thanks 💙 I'll ask these again once a week, so your doctor can see the change."
CHECKIN_ALREADY = "You've already checked in for that one — thanks!"
# A tap on the onboarding baseline's old buttons after a newer check-in was asked.
BASELINE_SUPERSEDED = (
    "I've asked you about your pain again since, so that older question is closed and "
    "nothing changed — thank you 💙"
)
QUESTION_CLOSED = "(closed — a newer question took its place)"
CHECKIN_CLOSED = (
    "That check-in has closed, so this answer wasn't kept. You can still tell me in words, "
    "e.g. “slept badly”."
)
LOCATIONS = {
    "lower_back": "Lower back",
    "mid_back": "Mid back",
    "upper_back": "Upper back",
    "neck": "Neck",
    "buttock": "Buttock",
    "hip": "Hip",
    "leg_left": "Left leg",
    "leg_right": "Right leg",
}
SIDE_EFFECT_LABELS = {
    "drowsiness": "Drowsy",
    "dizziness": "Dizzy",
    "nausea": "Nausea",
    "vomiting": "Vomiting",
    "constipation": "Constipation",
    "diarrhea": "Diarrhoea",
    "stomach_pain": "Stomach pain",
    "heartburn": "Heartburn",
    "black_stools": "Black stools",
    "dry_mouth": "Dry mouth",
    "headache": "Headache",
    "itching": "Itching",
    "rash": "Rash",
    "swelling": "Swelling",
    "confusion": "Confusion",
    "insomnia": "Can't sleep",
    "fatigue": "Tired",
    "sweating": "Sweating",
    "weight_gain": "Weight gain",
    "blurred_vision": "Blurred vision",
    # read beyond the contract's list: the labels' signs of serotonin syndrome
    "tremor": "Shaking",
    "muscle_jerks": "Muscle twitching or jerks",
    "agitation": "Agitated or restless",
    "hallucinations": "Seeing or hearing things",
    "racing_heart": "Racing heart",
    "feeling_hot": "Feeling very hot",
    "rigidity": "Stiff, rigid muscles",
    "incoordination": "Clumsy or unsteady",
}
SLEEP_LABELS = {"good": "😴 Good", "fair": "😐 Fair", "poor": "😣 Poor"}
ACTIVITY_LABELS = {
    "walk": "🚶 Walk",
    "exercise": "🏋️ Exercise",
    "physio": "🩺 Physio",
    "stretching": "🧘 Stretching",
    "swim": "🏊 Swim",
    "yoga": "🧘 Yoga",
}

# ---------------------------------------------------------------- free text
LOGGED = "Logged: {what}"
# Numbness or tingling told as growing ("the numbness is spreading"), in the receipt
FELT_WORSE = "getting worse or spreading"
# What an alarm's message told besides the alarm ("pain 9, can't feel my saddle area"),
# said after its reply in one plain line: no receipt, no Undo, nothing to tap
KEPT_BESIDE_ALARM = "Also kept for your doctor: {what}."
KEPT_BESIDE_ALARM_DONE = "{names} marked done for today"
# a dose stored beside an alarm, in that line: it answered its scheduled dose
KEPT_DOSE_MATCHED = "{what} (your {due} dose)"
KEPT_DOSE_EXTRA = "and {what} more"
TEXT_ANSWERED = "Got it: {what} ✅"
ASK_TOOK_HOW = "Tell me what you took, e.g. “took 2 advil” or /took ibuprofen 400mg at 3pm."
# "💊 I took a dose", with the person's own medicines as buttons
TOOK_PICK = "Which one did you take? Tap it — or tell me how many and when, e.g. “2 {name} at 3pm”."
# "None of these" to that: the question still waits for words
TOOK_TYPE_IT = "OK — tell me what you took and how many, e.g. “2 tablets of … at 3pm”."
# the question asked again after a report typed in its middle
TOOK_ASK_AGAIN = "If you took a dose, tell me what and how many, e.g. “2 tablets at 3pm”."
# "no be pain 2 o!": the score read by mistake, taken back (a number named), or offered
PAIN_TAKEN_BACK = "Sorry, my mistake 🙏 I've taken back the pain {score} logged at {time}."
PAIN_TAKE_BACK_ASK = "Shall I take back the pain {score} logged at {time}? Tap ↩️ Undo if so."
# "sorry I meant 6 not 8": the entry just made, changed in place.
AMENDED_PAIN = "Changed: pain {new} (was {old}) ✅"
AMENDED_DOSE = "Changed: {what} (was {old}) ✅"
RECOUNT_NONE_THEN = (
    "I have no dose at that time to change — the ones I have are at {times}. Tell me with "
    "one of those times, or tap ↩️ Undo under the dose and tell me again."
)
# "sorry it was only one yesterday" with two such doses then: asked, never guessed
RECOUNT_WHICH = (
    "I have more than one {name} dose then ({times}). Which was it? Tell me with its time, "
    "e.g. “it was only 1 at {first}”."
)
RETIMED_DOSE = "Changed: {what} at {at} (was {old}) ✅"
AMEND_DOSE_UP = (
    "To count more, tap Undo under that dose and tell me again (e.g. “took 3”), so I can "
    "check the day's totals."
)
AMEND_WHICH = (
    "I'm not sure which entry to change. Tap Undo under the one that's wrong and tell me again."
)
UNDONE = "Undone — I removed that entry."
UNDO_NOTHING = "There was nothing left to undo."
UNDO_COMMAND_NOTHING = (
    "Nothing from the last 15 minutes to undo. To take back an older entry, tap ↩️ Undo under it."
)
SWAPPED_OUT = "Got it — not {was}. I've taken that one out."
UNDO_BY_ITS_BUTTON = "To change a dose answer, tap ↩️ Undo under it, then tell me again."
MOVED_TO_YESTERDAY = "Moved to yesterday ✅"
ALREADY_YESTERDAY = "That's already on yesterday ✅"
NOTHING_TO_MOVE = "There's nothing from the last few minutes to move."
THANKS_REPLY = "You're welcome 💙"
ACK_REPLY = "👍"
GREETING_REPLY = (
    "Hi 👋 I'm here. Tell me how you're doing — e.g. “pain 5, slept ok” — or send /help to "
    "see what I can do."
)
DOSE_UNDONE = "Undone — answer it again whenever you're ready."
# A forgotten skip told taken after all, that "taken" taken back: the skip as it was
DOSE_UNDONE_BACK = "Undone — it's back to how it was."
DOSE_SKIP_BACK = "Undone — the {due} {what} is back to skipped{why}, as it was before."
DOSES_UNDONE = (
    "Undone — I've cleared your answer for the {due} {what}. You can answer again on its reminder."
)
MARKED_TAKEN_ASK = (
    "Your {due} {what}{day} is marked as taken. If you didn't take it, tap Not taken and I'll "
    "change the record."
)
MARKED_TAKEN_KEPT = "OK — it stays marked as taken ✅"
DOSE_TOO_OLD_TO_UNDO = "That dose is more than a day old, so it stays as it is."

# ---------------------------------------------------------------- red flags
# The alarms: with what follows them (ALARM_WORDS_IN), the only texts that may say
# "emergency" (and "crisis"): an alarm must stand out.
RED_FLAG_HEAD = "⚠️ Please get medical help now."
RED_FLAG = {
    "bladder_bowel": (
        "New trouble controlling your bladder or bowels, or not being able to pass urine, "
        "with back pain can mean a nerve emergency (cauda equina)."
    ),
    "saddle_numbness": (
        "Numbness around your genitals, bottom or inner thighs with back pain can mean a "
        "nerve emergency (cauda equina)."
    ),
    "leg_weakness": (
        "Leg weakness that is getting worse, legs or feet you can't feel, or a foot that "
        "drags, can mean a nerve is badly squeezed. This is an emergency."
    ),
    "fever": (
        "Back pain with a fever or feeling very unwell can be an infection and needs a "
        "doctor today. If you feel very ill, treat it as an emergency."
    ),
    "overdose_signs": (
        "Someone who can't be woken, or has very slow or shallow breathing, blue lips or "
        "pinpoint pupils, may have taken too much opioid. This is an emergency."
    ),
    "allergic_reaction": (
        "Swelling of the face, lips, tongue or throat, or trouble breathing after a "
        "medicine, is an emergency."
    ),
    # The NSAID Medication Guide (DailyMed setid 449b273a-936a-4c49-b0c8-d0daa47733ae):
    # vomiting blood, blood in a bowel movement or one black and sticky like tar; chest
    # pain; weakness on one side, slurred speech.
    "gi_bleeding": (
        "Vomiting blood, blood in your stool, or stools that are black and sticky like tar "
        "can mean bleeding in the stomach or gut. This is an emergency."
    ),
    "chest_pain": "Chest pain, or sudden shortness of breath, is an emergency.",
    "stroke_signs": (
        "Sudden weakness or numbness on one side of the body, a drooping face or slurred "
        "speech can be a stroke. This is an emergency."
    ),
}
# … told by a carer of the person they write for (the same facts; the rest of RED_FLAG say
# no "you"): under "Please get medical help for them now" a daughter read "If you feel
# very ill" of her father's fever (Sandbox, Leeds)
RED_FLAG_CARER = {
    **RED_FLAG,
    "bladder_bowel": (
        "New trouble controlling their bladder or bowels, or not being able to pass urine, "
        "with back pain can mean a nerve emergency (cauda equina)."
    ),
    "saddle_numbness": (
        "Numbness around their genitals, bottom or inner thighs with back pain can mean a "
        "nerve emergency (cauda equina)."
    ),
    "leg_weakness": (
        "Leg weakness that is getting worse, legs or feet they can't feel, or a foot that "
        "drags, can mean a nerve is badly squeezed. This is an emergency."
    ),
    "fever": (
        "Back pain with a fever or feeling very unwell can be an infection and needs a "
        "doctor today. If they feel very ill, treat it as an emergency."
    ),
}
# More taken than meant, with no sign of overdose described ("double dosed by accident on
# gabapentin"): the Drug Facts labels' "In case of overdose, get medical help or contact a
# Poison Control Center right away" (ibuprofen, DailyMed setid 84d86fd2-24c4-438f-a8ba-
# 2002b10bacdf; acetaminophen's adds "even if you do not notice any signs or symptoms",
# bot/knowledge/drugs.yaml poison_advice). Not the opioid overdose's signs: none was told.
# Only acetaminophen's label says help is needed without symptoms, so only a medicine
# with acetaminophen in it adds that (TOO_MUCH_ACETAMINOPHEN), in the label's words.
TOO_MUCH_TAKEN = (
    "If you took more of a medicine than you meant to, call Poison Control (US "
    "1-800-222-1222) or your local poison centre now, and say which medicine, how much "
    "and when."
)
TOO_MUCH_ACETAMINOPHEN = "The acetaminophen in {names}: its label says “{note}” and “{advice}”"
TOO_MUCH_ACTION = (
    "If you get very sleepy or confused, faint, or your breathing slows, call your local "
    "emergency number (112 / 911) now."
)
# "What are the signs of too much tramadol?": asked, not told (nothing is recorded). The
# opioid's signs are clinical-facts.md §4's (NICE NG59 / CKS red flags); acetaminophen's
# are its Drug Facts label's own words (bot/knowledge/drugs.yaml overdose_note and
# poison_advice, DailyMed setid 4678cca1-dd3f-0507-e054-00144ff88e88).
OVERDOSE_SIGNS_HEAD = "What too much can look like:"
OVERDOSE_SIGNS_OPIOID = (
    "• {names}: very sleepy or can't be woken, slow or shallow breathing, blue lips, "
    "pinpoint pupils. If you see these in yourself or anyone, call your local emergency "
    "number (112 / 911) now."
)
OVERDOSE_SIGNS_LABEL = "• The acetaminophen in {names}: its label says “{note}” and “{advice}”"
OVERDOSE_SIGNS_ANY = (
    "If you think you took more than you should of any medicine, call Poison Control (US "
    "1-800-222-1222) or your local poison centre, and say which medicine, how much and "
    "when. For anything else about your doses, talk to your doctor or pharmacist."
)
# Someone else swallowed the person's medicine. The opioid labels' boxed warning
# "Accidental ingestion" (tramadol, DailyMed/openFDA setid f2f421ab-35ae-7637-e053-
# 2995a90a40e0): even one dose, especially by children, can be a fatal overdose; the
# Poison Control line is the acetaminophen label's (bot/knowledge/drugs.yaml,
# poison_advice). Not the writer's red flag (PRODUCT.md §5), so nothing is recorded.
SWALLOWED_BY_ANOTHER = (
    "⚠️ Please get help for them now.\n"
    "A medicine swallowed by someone it wasn't meant for can be dangerous: with an opioid, "
    "even one dose can be, especially for a child. Call Poison Control (US 1-800-222-1222) "
    "or your local poison centre right away, and say which medicine and how much.\n"
    "If they are very sleepy, hard to wake, or breathing slowly, call your local emergency "
    "number (112 / 911) now."
)
SWALLOWED_BY_A_PET = (
    "🐾 Please call your vet or an animal poison line now, and tell them which medicine "
    "and how much. Human medicines can harm pets."
)
# clinical-facts.md §4, "see a doctor urgently (same day)". Never the alarm words: these
# are not emergencies, and the emergency answer must not be diluted.
SAME_DAY_HEAD = "🩺 Please see a doctor today about this."
SAME_DAY = {
    "trauma": (
        "Back pain after a fall, an accident or a hard knock should be checked by a doctor, "
        "even if it seems to settle."
    ),
    "cancer_history": (
        "New or worse back pain in someone who has had cancer should be checked by a doctor."
    ),
    "weight_loss": "Losing weight without trying, with back pain, should be checked by a doctor.",
}
SAME_DAY_ACTION = (
    "Call your doctor or an urgent care service today. If your legs get weak or numb, or "
    "you can't control your bladder or bowels, get help straight away."
)
# … told by someone with the patient ("mum fell over in the kitchen")
SAME_DAY_ACTION_CARER = (
    "Call their doctor or an urgent care service today. If their legs get weak or numb, or "
    "they can't control their bladder or bowels, get help straight away."
)
# A red flag the person says was already seen to ("went to the ER"): no second alarm.
SAFE_AFTER_ALARM = (
    "Thank you for letting me know 💙 I'm glad you're safe. If those thoughts come back, a "
    "crisis line is there any time, day or night: 988 (US), 116 123 Samaritans (UK & "
    "Ireland), or your local crisis line. I've noted it beside what you told me, for your "
    "doctor."
)
# After the crisis reply, the words said to have been misread ("I wasnae meaning anything
# like that"): believed, kept beside them for the doctor, the line left open
NOT_MEANT_AFTER_ALARM = (
    "Thank you for telling me, and I'm sorry if I read it wrong 💙 I've noted what you said "
    "beside it, for your doctor. If those thoughts ever do come, a crisis line is there any "
    "time, day or night: 988 (US), 116 123 Samaritans (UK & Ireland), or your local crisis "
    "line."
)
# A drink told alone beside a medicine whose label warns of alcohol, after its words
DRINK_KEPT = "I've kept it as a note for your doctor."
# After an alarm's reply, the sign said to have eased ("nvm its fine now"): kept for the
# doctor beside the episode, and what to do if it comes back (never "emergency": that
# word is the alarm's alone)
RED_FLAG_EASED = (
    "Thanks for letting me know 💙 I've noted that it eased, beside what you told me, for "
    "your doctor. If it comes back or gets worse, please get help straight away."
)
# Urgent care turned down after an alarm ("I'll tell the surgeon monday"): said again,
# kindly and plainly, once — the person decides, the facts do not change
CARE_DECLINED_AFTER_ALARM = (
    "I hear you, and I know it's a lot to ask 💙 But what you told me is one of the signs "
    "that shouldn't wait for a later appointment. Please get checked today: call your local "
    "emergency number (112 / 911) or go to the emergency department. I've noted what you "
    "decided for your doctor. If anything gets worse, please don't wait at all."
)
# "should i call somebody", "is that normal? do I have to go to the doctor?" while an
# alarm stands (Sandbox, Houston: it was offered to be kept "for your next visit"): the
# alarm's answer again, never later
CARE_ASKED_AFTER_ALARM = (
    "Yes — please call your local emergency number (112 / 911) now, or go to the emergency "
    "department. What you told me ({what}) needs urgent care now: don't wait for your next "
    "appointment."
)
# … asked only whether it is normal: no "yes"
NORMAL_ASKED_AFTER_ALARM = (
    "It isn't something to wait and see about — what you told me ({what}) needs urgent care "
    "now. Please call your local emergency number (112 / 911) or go to the emergency "
    "department now. Don't wait for your next appointment."
)
CARE_ASKED_OVERDOSE = (
    "If someone can't be woken or is breathing very slowly, call right away and stay with them."
)
# … after a sign that needs a doctor the same day (SAME_DAY), not an emergency
SAME_DAY_ASKED_AFTER_ALARM = "Yes — please see a doctor today about what you told me ({what})."
SAME_DAY_NORMAL_ASKED = (
    "It's worth having checked — please see a doctor today about what you told me ({what})."
)
# … after thoughts of suicide, asked whether to tell the doctor
SUICIDAL_CARE_ASKED = (
    "Yes, please tell your doctor too — they can help 💙 If the thoughts get strong, a crisis "
    "line is there any time, day or night: 988 (US), 116 123 Samaritans (UK & Ireland), or "
    "your local crisis line. If you might act on them, call your emergency number (112 / 911) "
    "now."
)
# On the way to care after an alarm ("partner's driving me to the ED now")
CARE_SOUGHT_AFTER_ALARM = (
    "Good — that's the right thing to do 💙 I've noted it for your doctor. I hope it goes "
    "well; tell me how you are when you can."
)
RED_FLAG_HANDLED = (
    "Thank you for telling me — I'm glad you were seen. I've noted it for your doctor's "
    "report: {what}."
)
# … told by someone with the patient ("she can't feel her legs, they checked her at A&E")
RED_FLAG_HANDLED_CARER = (
    "Thank you for telling me — I'm glad they were seen. I've noted it for their doctor's "
    "report: {what}."
)
RED_FLAG_ACTION = (
    "Call your local emergency number (112 / 911) or go to the emergency department now. "
    "Don't wait for your next appointment."
)
# … told by someone with the patient, or of family before whose it is is known ("dad's
# been vomiting blood"): right whoever it is about
RED_FLAG_HEAD_CARER = "⚠️ Please get medical help for them now."
RED_FLAG_ACTION_CARER = (
    "Call your local emergency number (112 / 911) for them now, or take them to the "
    "emergency department. Don't wait for their next appointment."
)
# Signs from two of the labels' groups told on a pair whose labels name them for serotonin
# syndrome (bot/domain/syndrome.py; the signs and their sources: bot/knowledge/drugs.yaml,
# serotonergic_opioid_antidepressant `signs` — Cymbalta label 5.4 Serotonin Syndrome, the
# tramadol label's "Serotonin Syndrome Risk", FDA DSC 2016-03-22). A red flag: said after
# RED_FLAG_HEAD, before RED_FLAG_ACTION.
SYNDROME_SIGNS = (
    "{signs} together are what the labels of {a} and {b} warn of as {syndrome}, which can be "
    "life-threatening and needs checking straight away."
)
# How each sign is said in that sentence
SIGN_WORDS = {
    "confusion": "confusion",
    "agitation": "agitation",
    "hallucinations": "seeing or hearing things",
    "sweating": "sweating",
    "fever": "a fever",
    "feeling_hot": "feeling very hot",
    "racing_heart": "a racing heart",
    "tremor": "shaking",
    "muscle_jerks": "muscle twitching or jerks",
    "rigidity": "stiff, rigid muscles",
    "incoordination": "clumsiness",
}
# Confusion or extreme sleepiness on an opioid or gabapentinoid with another medicine
# that slows the brain: FDA Drug Safety Communications 2016-08-31 and 2019-12-19
# (bot/domain/sedation.py). Not "tonight": it is told at any hour (Sandbox,
# Chicago: dizzy and confused at noon was asked not to be alone "tonight").
SEDATION_SIGNS = (
    "⚠️ Please take this seriously: feeling this sleepy or muddled while taking {a} and {b} "
    "can be a sign of breathing trouble. The FDA says to get medical help right away for "
    "confusion, unusual dizziness, extreme sleepiness, or slowed or shallow breathing.\n"
    "If you're hard to wake or your breathing is slow, call your local emergency number "
    "(112 / 911) now. Please make sure someone is with you, and talk to your doctor or "
    "pharmacist."
)
# … told by someone with them ("this is Sharon, Gary's wife … he keeps nodding off")
SEDATION_SIGNS_CARER = (
    "⚠️ Please take this seriously: being this sleepy or muddled while taking {a} and {b} "
    "can be a sign of breathing trouble. The FDA says to get medical help right away for "
    "confusion, unusual dizziness, extreme sleepiness, or slowed or shallow breathing.\n"
    "If they're hard to wake or their breathing is slow, call your local emergency number "
    "(112 / 911) now. Please stay with them, and talk to their doctor or pharmacist."
)
# Dizziness with a fall or a near fall on the same pair (Sandbox, Sydney: "felt dizzy
# gettin up this mornin, nearly went over"): the same FDA words, said of dizziness
SEDATION_DIZZY = (
    "⚠️ Please take this seriously: dizziness like this while taking {a} and {b} can be a "
    "sign of breathing trouble. The FDA says to get medical help right away for unusual "
    "dizziness, confusion, extreme sleepiness, or slowed or shallow breathing.\n"
    "If you're hard to wake or your breathing is slow, call your local emergency number "
    "(112 / 911) now. Please make sure someone is with you, and talk to your doctor or "
    "pharmacist."
)
SEDATION_DIZZY_CARER = (
    "⚠️ Please take this seriously: dizziness like this while taking {a} and {b} can be a "
    "sign of breathing trouble. The FDA says to get medical help right away for unusual "
    "dizziness, confusion, extreme sleepiness, or slowed or shallow breathing.\n"
    "If they're hard to wake or their breathing is slow, call your local emergency number "
    "(112 / 911) now. Please stay with them, and talk to their doctor or pharmacist."
)
# A faint or a blackout on the same pair (Blind set, sleepiness: "I fainted in the kitchen
# after my tramadol and gabapentin" was logged as nothing): consciousness lost is the
# CDC's overdose sign and the FDA's "unresponsiveness"
SEDATION_FAINT = (
    "⚠️ Please take this seriously: fainting or blacking out while taking {a} and {b} can be "
    "a sign of breathing trouble. The FDA says to get medical help right away for unusual "
    "dizziness, confusion, extreme sleepiness, or slowed or shallow breathing.\n"
    "If you're hard to wake or your breathing is slow, call your local emergency number "
    "(112 / 911) now. Please make sure someone is with you, and talk to your doctor or "
    "pharmacist."
)
SEDATION_FAINT_CARER = (
    "⚠️ Please take this seriously: fainting or blacking out while taking {a} and {b} can be "
    "a sign of breathing trouble. The FDA says to get medical help right away for unusual "
    "dizziness, confusion, extreme sleepiness, or slowed or shallow breathing.\n"
    "If they're hard to wake or their breathing is slow, call your local emergency number "
    "(112 / 911) now. Please stay with them, and talk to their doctor or pharmacist."
)
# "he", "she" in the patient's own chat with nothing to tell whom they mean (Sandbox,
# Dublin: his wife's "himself is grand this morning" got "didn't catch that"): asked once,
# and the answer kept for the chat (bot.telegram.handlers.whose)
# "this is Sarah, her daughter. I'll be typing for mum": who writes, said and nothing else
CARER_INTRODUCED = (
    "Thank you for letting me know 💙 From now on, “he”, “she”, “mum” or “dad” here mean "
    "the person this diary is for. Tell me about their doses, their pain and how they are, "
    "in your own words."
)
WHOSE_ASK = "Just so it goes in the right place: is this about the person this diary is for?"
WHOSE_YES = "✅ Yes"
WHOSE_NO = "👤 No, someone else"
# (then the words are read again as theirs, and answered as any report of theirs is)
WHOSE_READ = (
    "Thanks 💙 From now on, “he”, “she”, “mum” or “dad” here mean the person this diary is for."
)
WHOSE_LEFT_OUT = (
    "Thanks — I've left it out of the diary. I'll take “he” and “she” here to mean someone else."
)
# Hopelessness said plainly ("no point in anything"): asked about directly, kindly, one tap
HOPELESS_ASK = (
    "I'm so sorry it's this hard 💙 Living with pain like this wears anyone down.\n"
    "Can I ask you straight out: are you having thoughts of ending your life or not wanting "
    "to be here?"
)
HOPELESS_SAFE = "💙 No, I'm safe"
HOPELESS_YES = "Yes, sometimes"
#: Kept as the words of a "yes" (the doctor reads what was asked, and the answer)
HOPELESS_ASKED_KEPT = (
    "Yes, sometimes (asked: thoughts of ending your life or not wanting to be here?)"
)
HOPELESS_SAFE_REPLY = (
    "Thank you for telling me 💙 If those thoughts ever do come, a crisis line is there any "
    "time, day or night: 988 (US), 116 123 Samaritans (UK & Ireland), or your local crisis "
    "line. Your doctor can help with how low the pain makes you feel, too."
)
# The day after thoughts of suicide were told: a caring contact, short and warm, one tap
# each answer (bot.domain.checkback). No advice; the line stays open.
CHECKBACK_ASK = (
    "Hi, it's Backtrack 💙 I've been thinking of you since we last talked.\n"
    "How are you feeling today? Tap one, or just write to me."
)
CHECKBACK_BETTER = "A bit better"
CHECKBACK_SAME = "About the same"
CHECKBACK_HELP = "I need help now"
#: Kept as the words of a tapped answer (the doctor reads what was asked, and the answer)
CHECKBACK_KEPT = "{answer} (asked the next day: how are you feeling today?)"
CHECKBACK_ANSWERED = "— {answer}"
#: The answers' replies keep the crisis line open (the day after thoughts of suicide, a
#: caring contact names where help is), said once, softly, never as an alarm.
CHECKBACK_BETTER_REPLY = (
    "I'm glad to hear that 💙 Thank you for telling me; I've noted it for "
    "your doctor. If things get heavy again, a crisis line is there day and night: 988 "
    "(US), 116 123 Samaritans (UK & Ireland), or your local crisis line."
)
CHECKBACK_SAME_REPLY = (
    "Thank you for telling me how it is 💙 You don't have to carry it on your own. A "
    "crisis line is there to talk, day and night: 988 (US), 116 123 Samaritans (UK & "
    "Ireland), or your local crisis line. I've noted it for your doctor, and I'm here "
    "whenever you want to write."
)
# Numbness or weakness in both legs, not an alarm on its own: the cauda equina warning signs
# asked with one tap each. NICE CKS "Sciatica (lumbar radiculopathy)", red flags for cauda
# equina syndrome: bilateral sciatica; severe or progressive bilateral neurological deficit
# of the legs; difficulty passing urine; perianal, perineal or genital sensory loss
# (clinical-facts.md §4, NICE CKS). Both legs alone is one of those flags, so "today", never
# "soon" (CKS: red flags call for referral "with appropriate urgency"; cauda equina usually
# for immediate admission). A sign tapped gets the alarm (RED_FLAG).
LEGS_CHECK_ASK = (
    "Numbness or weakness in both legs should be checked by a doctor today.\n"
    "Please get medical help now if you also have any of these — tap the one that's "
    "happening:\n"
    "• numbness between your legs or around your bottom\n"
    "• trouble passing urine, or controlling your bladder or bowels\n"
    "• your legs getting weaker"
)
# "is this serious?" just after numbness or weakness in both legs (no alarm): the signs
# that make it urgent, never "keep it for your next visit"
LEGS_SERIOUS = (
    "I can't tell how serious it is, but I can tell you the warning signs.\n"
    "New numbness or weakness in both legs should be checked by a doctor today. Get medical "
    "help now — don't wait for a visit — if you also have any of these (tap the one "
    "that's happening):\n"
    "• numbness between your legs or around your bottom\n"
    "• trouble passing urine, or controlling your bladder or bowels\n"
    "• your legs getting weaker"
)
LEGS_CHECK_SIGNS = {
    "s": "Numb between legs / bottom",
    "b": "Bladder or bowel trouble",
    "w": "Legs getting weaker",
}
LEGS_CHECK_NONE = "None of these"
#: Kept as the words of a sign tapped (the doctor reads what was asked, and the answer)
LEGS_CHECK_KEPT = "{sign} (tapped when asked, after numbness or weakness in both legs)"
LEGS_CHECK_NONE_REPLY = (
    "Thank you 💙 It's in your diary for your doctor. If any of these starts, get medical "
    "help straight away — don't wait for your next visit."
)
# The same signs told again while their alarm stands (bot.telegram.understood.alarm_again)
RED_FLAG_AGAIN = (
    "I've noted this beside the {what} you told me about at {at}. It still needs urgent care: "
    "if you haven't been seen yet, please don't wait — call your local emergency number "
    "(112 / 911) or go to the emergency department now."
)
# … a sign that needs a doctor the same day (SAME_DAY): its own words, never the
# emergency's (a fall told twice was sent to the emergency department). Said of no one in
# particular: a carer tells it twice as often as the patient.
SAME_DAY_AGAIN = (
    "I've noted this beside the {what} you told me about at {at}. It still needs a doctor "
    "today: if it hasn't been checked yet, please call a doctor or an urgent care service today."
)
# … with the doctor put off ("I'll wait for my GP on monday")
SAME_DAY_DECLINED_AGAIN = (
    "I hear you 💙 But what you told me ({what}) should be checked by a doctor today, not at "
    "a later appointment. Please call a doctor or an urgent care service today. I've noted it "
    "for the doctor. If legs get weak or numb, or the bladder or bowels can't be controlled, "
    "get help straight away."
)
# Codeine or tramadol while breastfeeding (bot/domain/breastfeeding.py: FDA 2017)
BREASTFEEDING_OPIOID = (
    "⚠️ {names} {has} {what} in it. The FDA recommends against codeine and tramadol while "
    "breastfeeding: some mothers turn them into their active form unusually fast, and "
    "breastfed babies have had extreme sleepiness, trouble feeding and serious breathing "
    "problems. Please talk to your doctor or pharmacist about it soon."
)
BABY_SIGNS = (
    "🚨 A breastfed baby who is unusually sleepy, hard to wake, floppy, feeding poorly or "
    "breathing slowly while you take {names} needs a doctor now. Please call your local "
    "emergency number (112 / 911) or take your baby to the emergency department straight "
    "away. The FDA warns of these signs with codeine and tramadol."
)
SUICIDAL = (
    "💙 I'm really glad you told me, and I'm sorry it's this hard. You don't have to face "
    "it alone.\n"
    "Please reach out to a crisis line now: 988 (US), 116 123 Samaritans (UK & Ireland), "
    "or your local crisis line.\n"
    "If you might act on these thoughts, call your emergency number (112 / 911) now."
)
# … when the same message asked "should I ring the doctor": answered, never kept as a note
SUICIDAL_TELL_DOCTOR = "You asked about your doctor: yes, please tell them too — they can help."

# ---------------------------------------------------------------- reports and data
REPORT_BAD_DAYS = "How many days should the report cover? e.g. /report 30 (up to 365)."
REPORT_CAPTION = "Your report for the last {days} days — ready to show your doctor. 📄"
# … in a chat a carer writes in: the report is the patient's, for their doctor
REPORT_CAPTION_CARER = "Their report for the last {days} days — ready to show their doctor. 📄"
REPORT_NAME_HINT = "\nTip: set the name shown on it with /settings."
EXPORT_CAPTION = "All your data as CSV files (open with any spreadsheet)."
EXPORT_CAPTION_CARER = "All their data as CSV files (open with any spreadsheet)."
DELETE_CONFIRM = (
    "This erases everything I keep about you: medicines, doses, check-ins, notes, "
    "settings and anyone linked with /caregiver. It can't be undone. Are you sure?"
)
DELETED = "Everything is erased. 👋 If you ever want to start again, send /start."
DELETE_KEPT = "OK — nothing was deleted."

# ---------------------------------------------------------------- caregivers
# What a caregiver is told of a missed dose is bot.domain.caregiving.missed_message.
CARE_INVITE = (
    "👥 Someone you trust — a partner, a friend, family — can hear from me when a dose "
    "of yours is missed.\n\n"
    "They see only that: the medicine, the dose and the time, once the reminder has gone "
    "unanswered. Never your pain scores, notes or anything else you tell me.\n\n"
    "Send them this link (it works once, for 48 hours):\n{link}\n\n"
    "You can unlink them any time: send /caregiver and tap Unlink."
)
CARE_FULL = (
    "👥 You have {count} people linked, the most I allow. To invite someone else, unlink one first."
)
CARE_OWN_TOO = (
    "Taking medicines yourself? /start sets you up, then /caregiver gives you a link of your own."
)
CARE_INVITE_AGAIN = "To invite someone, send /caregiver for a new link."
CARE_LINKED_HEAD = "Linked now — told when you miss a dose:"
CARE_WATCHING_HEAD = "👥 You're told when they miss a dose:"
CARE_LINE = "• {name} · since {since}"
CARE_NOBODY_LEFT = "Nobody is linked now."
CARE_UNLINK_BUTTON = "🔕 Unlink · {name}"
CARE_STOP_BUTTON = "🔕 Stop · {name}"
CARE_CONFIRM = (
    "Hi! 👋 {patient} uses me, Backtrack, for their medicine reminders, and would like "
    "you to know if they miss a dose.\n\n"
    "If you agree, I'll message you only when {patient} leaves a reminder unanswered until "
    "it counts as missed: the medicine, the dose and the time. Nothing about their pain, "
    "their notes or anything else.\n\n"
    "Shall I link you?"
)
CARE_YES = "✅ Yes, link me"
CARE_NO = "No thanks"
CARE_ACCEPTED = (
    "You're linked ✅ If {patient} misses a dose, I'll tell you the medicine, the dose and "
    "the time — nothing else.\n"
    "To stop at any time, send /caregiver."
)
CARE_ACCEPTED_NEW = "\n\nWould you like reminders for your own medicines too? Send /start."
CARE_DECLINED = "No problem — you're not linked, and I won't message you about it. 🙂"
CARE_NOW_LINKED = (
    "👥 {caregiver} is now linked ✅ They'll hear from me only when a dose of yours is "
    "missed. /caregiver shows who's linked, to unlink anyone."
)
CARE_UNKNOWN = (
    "I don't recognise this invite link 🤔 Please ask for a new one — it's made with /caregiver."
)
CARE_EXPIRED = (
    "This invite link has expired: they last 48 hours. Please ask {patient} for a new one "
    "(they send /caregiver)."
)
CARE_USED = (
    "This invite link has already been used — each one works once. If it was meant for "
    "you, please ask {patient} for a new one."
)
CARE_OWN = (
    "That's your own invite link 🙂 Send it to the person you'd like me to tell when a "
    "dose is missed."
)
CARE_ALREADY = "You're already linked to {patient} ✅ /caregiver shows whom you're told about."
CARE_THEY_ARE_FULL = (
    "{patient} already has {count} people linked, the most I allow. They can unlink "
    "someone with /caregiver and send you a new link."
)
CARE_SOMEONE = "Someone"  # a Telegram account with no first name (deleted meanwhile)
CARE_UNLINKED_TAP = "Unlinked ✅"
CARE_STOPPED_TAP = "Stopped ✅"
CARE_UNLINKED_YOU = (
    "{patient} has unlinked you, so you won't hear from me about their doses any more. "
    "Thank you for looking out for them 💙"
)
CARE_STOPPED_YOU = "👥 {caregiver} is no longer told about your missed doses."

# ---------------------------------------------------------------- settings
SETTINGS = (
    "⚙️ Your settings\n"
    "Daily check-in: {checkin}\n"
    "Weekly summary: {day} {time}\n"
    "Snooze: {snooze} min\n"
    "Quiet hours: {quiet}\n"
    "Refill warning: {refill} days before running out\n"
    "Name on report: {name}\n"
    "Reminders: {state}\n"
    "Time zone: {zone} (change with /timezone)"
)
SETTINGS_SAVED = "Saved ✅"
QUIET_DOSES_STILL_COME = (
    "Your {times} dose reminders will still come — medicines are never held back."
)
ASK_SUMMARY_DAY = "Which day should your weekly summary come?"
ASK_SUMMARY_TIME = "And at what time?"
ASK_SNOOZE_DEFAULT = "How long should a snooze be by default?"
ASK_REFILL_DAYS = "How many days before a medicine runs out should I tell you?"
ASK_QUIET = (
    "Quiet hours hold follow-ups and summaries (never dose reminders). When?\n"
    "Sleep by day after night shifts? Type your own, e.g. 09:00-16:00."
)
ASK_QUIET_AGAIN = "And your quiet hours? Type them, e.g. 09:00-16:00, or tap Off."
BAD_QUIET = "I couldn't read those hours. Try 09:00-16:00 or 10pm-7am, or tap Off."
ASK_REPORT_NAME = "What name or initials should your doctor's report show? (e.g. J.D.)"
REPORT_NAME_SET = "Your report will show: {name} ✅"
STATS = (
    "👥 Users: {users} ({active} active, {with_regimen} with medicines in use)\n"
    "💊 Medicines in use: {meds}\n"
    "⏰ Doses reminded today: {sent}\n"
    "📈 {adherence}\n"
    "Counts across everyone; nothing about any one person."
)
STATS_ADHERENCE = "Doses taken, last 7 days: {pct}% of {n} scheduled doses"
STATS_NO_ADHERENCE = "Doses taken, last 7 days: no scheduled doses yet"

# ✏️ Edit, one part at a time
EDIT_WHAT = (
    "What would you like to change about {line}?\n\n"
    "Tap one — or send the whole new line, e.g.\n{example}\n"
    "Its past doses stay in your history."
)
EDIT_ASK_DAYS = "Which days for {name}? Tap, or send e.g. mon-fri, mon wed fri, every 3 days."
EDIT_ASK_COURSE = (
    "How long should {name} go on from today? Tap, or send e.g. for 10 days, until friday."
)
EDIT_ASK_COUNT = (
    "How many {name} do you have on hand now? Tap, or send the number, e.g. {example}. "
    "Each dose taken counts down from it."
)
EDIT_BAD_DAYS = (
    "I couldn't read those days. Try mon-fri, mon wed fri, every day or every other day."
)
EDIT_BAD_COURSE = "I couldn't read that. Try for 10 days, until friday, or no end."
EDIT_KEPT = "OK — {name} stays as it was."
EDIT_BAD_COUNT = "Send just the number on hand, e.g. 45."

# Questions for the doctor (/ask)
QUESTION_KEPT = (
    "📝 Kept for your doctor: “{text}”\n"
    "{count} for your next visit — /ask shows them, and they go into your report."
)
# … under the labels' words on pregnancy, which stay above it (ask soon, not at a visit)
QUESTION_KEPT_SOON = (
    "📝 Kept for your doctor: “{text}” — /ask shows it, and it goes into your report."
)
# … in a chat a carer writes in ("/ask should mum keep taking amitriptyline?")
QUESTION_KEPT_CARER = (
    "📝 Kept for their doctor: “{text}”\n"
    "{count} for their next visit — /ask shows them, and they go into their report."
)
QUESTION_KEPT_SOON_CARER = (
    "📝 Kept for their doctor: “{text}” — /ask shows it, and it goes into their report."
)
QUESTION_NONE_KEPT = "OK — no question kept."
QUESTION_ASK_AGAIN = (
    "What would you like to ask your doctor? Send it, and I'll keep it for your visit."
)
QUESTION_WHAT = (
    "What would you like to ask your doctor? Send it like this:\n"
    "/ask can I take ibuprofen with meloxicam?"
)
QUESTIONS_NONE = (
    "No questions for your doctor yet. Add one like this:\n"
    "/ask can I take ibuprofen with meloxicam?\n"
    "— or write “ask the doctor …” any time."
)
QUESTIONS_HEADER = "❓ Your questions for the doctor — tap ✅ once you've asked:"
QUESTIONS_FULL = (
    "You already have {count} questions waiting. Tick off the ones you've asked with /ask, "
    "then add this one again."
)
QUESTION_TICKED = "✅ Ticked off"
QUESTIONS_ALL_ASKED = "All your questions are ticked off. ✅ Add more with /ask."


# ---- appointments
#: After booking: "📅 Tue 15 Dec, 14:30 with Dr Patel." and what comes next.
APPT_BOOKED = "📅 {when}{who}. {next}"
# A visit told in passing ("physio thurs 4pm"): kept only on the person's tap.
APPT_OFFER = "📅 {when}{who} — shall I keep it as a visit? The day before, I'll send your report."
APPT_OFFER_BUTTON = "📅 Keep this visit"
APPT_UPDATED = "📅 Updated: {when}{who}. {next}"
APPT_NEXT_EVE = "I'll send your report and questions the day before."
APPT_NEXT_NOW = "Your report and questions are on their way."
APPT_NEXT_AFTER = "Good luck — afterwards I'll ask if anything changed."
APPT_ADD_TIME = "\nSend the time too (e.g. /appointment {day} 14:30) for a reminder 2 hours before."
APPT_WITH = " with {who}"
APPT_FULL = (
    "You already have {count} visits coming up. Cancel one with /appointment, "
    "then add this one again."
)
#: Why a line could not be kept, by LineProblem value (then APPT_EXAMPLE).
APPT_PROBLEMS = {
    "no_day": "I couldn't find the day in that.",
    "past": "That day or time has already passed, so I didn't keep it.",
    "too_far": "That's more than a year away, so I didn't keep it — please check the date.",
}
APPT_EXAMPLE = (
    "Send the day, time and who it's with, e.g. “15 dec 14:30 Dr Patel” or “tomorrow 9am physio”."
)
APPT_LIST_HEADER = "📅 Your upcoming visits:"
APPT_NONE = "No visits kept yet."
APPT_ASK = "When is your next visit? " + APPT_EXAMPLE
APPT_ASK_DROPPED = "OK — no visit added. /appointment any time."
APPT_CANCEL_BUTTON = "Cancel · {n}"
APPT_CANCELLED = "Cancelled — nothing more about that visit."
APPT_ALL_CANCELLED = "No visits coming up now. Add one with /appointment."
#: The day before (or soon after booking): head, questions, and the two files.
APPT_EVE = "📅 Your visit{who} is {when}."
APPT_EVE_QUESTIONS = "❓ Your questions for the doctor:"
APPT_EVE_NO_QUESTIONS = (
    "Anything to ask? Add it with /ask, e.g. /ask can I take ibuprofen with meloxicam?"
)
APPT_EVE_FILES = "Your report for the last {days} days is below — show it to your doctor."
APPT_REPORT_CAPTION = "📄 Your report for the last {days} days."
APPT_ICS_CAPTION = "📅 Tap to add the visit to your calendar."
APPT_SOON = "⏰ Your visit{who} is today at {time}. Take your questions (/ask) along — good luck!"
APPT_AFTER = "🩺 How did your visit{who} go — did anything change in your medicines?"
APPT_NO_CHANGES = "No changes"
APPT_UPDATE = "Update my medicines"
APPT_NOTED_NO_CHANGES = "✅ Noted: no changes. Thank you!"
APPT_NOTED_UPDATE = "✅ Noted — let's update your medicines."
APPT_UPDATE_HOW = "Tap ✏️ Edit, ⏸ Pause or 🗑 Remove for what changed, or /add a new medicine."
APPT_NO_MEDS = "You have no medicines listed yet — add what your doctor prescribed with /add."
APPT_TODAY = "today"
APPT_TOMORROW = "tomorrow"
APPT_ON = "on {day}"
APPT_AT = " at {time}"

# ---- routines
ROUTINE_ADDED = "🧘 {line}. I'll remind you."
ROUTINE_SAME = "🧘 You already have {line} — nothing changed."
ROUTINE_PAUSED = "Reminders are paused for now — /resume brings them back."
ROUTINES_FULL = (
    "You already have {count} routines. Remove one from the list in /routine, "
    "then add this one again."
)
ROUTINES_HEADER = "🧘 Your routines:"
ROUTINES_HOW = "Add another like this: /routine walk 30 min 18:00"
ROUTINE_HOW = (
    "Stretches, a walk or your physio exercises can have their own reminder. "
    "Tell me the name, how long if you like, one time and the days:\n"
    "/routine stretches 10 min 07:00 mon-fri\n"
    "/routine walk 30 min 18:00"
)
ROUTINES_NONE = "No routines yet. " + ROUTINE_HOW
ROUTINE_NONE_ADDED = "OK — no routine added."
ROUTINE_WHEN = "What time should I remind you about {name}? e.g. 07:30, or 07:30 mon-fri."
ROUTINE_ASK_AGAIN = (
    "Still want a routine reminder? Send its name and one time, e.g. stretches 07:30."
)
ROUTINE_EXAMPLE = "e.g. /routine stretches 10 min 07:00 mon-fri"
#: Why a /routine line was not kept, by RoutineProblem value.
ROUTINE_PROBLEMS = {
    "no_name": "What's the routine called? Put its name first, " + ROUTINE_EXAMPLE,
    "no_time": "What time should I remind you? Add one time, " + ROUTINE_EXAMPLE,
    "many_times": (
        "One time per routine, please. For two, add it twice, each with its own name:\n"
        "/routine stretches morning 07:00\n"
        "/routine stretches evening 19:00"
    ),
    "bad_minutes": (
        "How long does it take? Anything from 1 minute to 8 hours, like 10 min or "
        "half an hour — " + ROUTINE_EXAMPLE
    ),
    "name_too_long": "That name is a bit long — 60 letters at most, please. " + ROUTINE_EXAMPLE,
    "no_course": (
        "A routine repeats every week on its days until you remove it, so I can't keep "
        "every other day, an end date or a later start. Pick days instead, like mon wed fri — "
        + ROUTINE_EXAMPLE
    ),
}
ROUTINE_REMINDER = "🧘 Time for your routine: {label}."
ROUTINE_DONE_LINE = "🧘 {label} — ✅ Done"
ROUTINE_SKIPPED_LINE = "🧘 {label} — Skipped"
ROUTINE_TAP_DONE = "✅ Well done!"
ROUTINE_TAP_SKIPPED = "OK — skipped for today."
ROUTINE_TAP_SAME = "Already noted 👍"
ROUTINE_GONE = "That routine isn't here any more — nothing changed."
ROUTINE_REMOVED = "🗑 {name} removed — no more reminders for it. What you did stays in your summary."
ROUTINE_MARKED = "🧘 {names} — marked done for today ✅"

# ---- trials
# "Is it helping?" some weeks after a medicine was started, stopped or its dose changed
# (PRODUCT.md §6a). Facts only: the person's figures and their answer, never advice.
# The button words `Helping` / `Not sure` / `Not helping` are an interface: keep them.
TRIAL_HELPING = "Helping"
TRIAL_NOT_SURE = "Not sure"
TRIAL_NOT_HELPING = "Not helping"
TRIAL_SKIP_NOTE = "Skip"
TRIAL_WEEK = "a week"
TRIAL_WEEKS = "{n} weeks"
TRIAL_HEAD_START = "💊 It's {weeks} since you started {after} ({day})."
TRIAL_HEAD_STOP = "💊 It's {weeks} since you stopped {before} ({day})."
TRIAL_HEAD_DOSE = "💊 It's {weeks} since {before} became {after} ({day})."
TRIAL_PAIN = (
    "Pain: {before} on average in the 2 weeks before → {since} since (0 = no pain, 10 = worst)"
)
TRIAL_PAIN_NO_BEFORE = (
    "Pain: no pain scores before the change; {since} on average since (0 = no pain, 10 = worst)"
)
TRIAL_PAIN_NO_SINCE = (
    "Pain: {before} on average in the 2 weeks before; no pain scores since the change "
    "(0 = no pain, 10 = worst)"
)
TRIAL_PAIN_NONE = "Pain: no pain scores before the change or since."
TRIAL_PEG = "PEG: {before} → {since}"
TRIAL_PEG_MISSING = "none"
TRIAL_SIDE_EFFECTS = "Days with side effects: {before} → {since}"
TRIAL_ASK_START = "Is it helping?"
TRIAL_ASK_DOSE = "Is the new dose helping?"
TRIAL_ASK_STOP = "Is the change helping?"
TRIAL_KEPT_FOR_REPORT = "Your answer is kept for your report."
TRIAL_ANSWERED = "✅ Your answer: {verdict}"
TRIAL_NOTE_OFFER = (
    "Anything to add? Type a note (e.g. sleeping better, but foggy in the mornings), or tap Skip."
)
TRIAL_TAP_KEPT = "Kept: {verdict}"
TRIAL_NOTE_KEPT = "📝 Kept with your answer: “{note}”"
TRIAL_NOTE_SKIPPED = "OK — no note."
TRIAL_NOTE_AGAIN = "Anything to add to your answer about your medicine? Type a note, or send skip."

# ---- goals
GOAL_KEPT = (
    "🎯 Kept as your goal: “{text}”. It goes into your report, so your doctor knows what "
    "matters to you."
)
# … "my goal is to get mum walking to the shop again", in a chat a carer writes in
GOAL_KEPT_CARER = (
    "🎯 Kept as their goal: “{text}”. It goes into their report, so their doctor knows what "
    "matters to them."
)
GOAL_WHAT = "What's your goal? For example: my goal is to walk to the shops again."


#: Every text that may say "emergency" or "crisis" (the module docstring's rule).
ALARM_WORDS_IN: frozenset[str] = frozenset(
    {
        # the alarms: red flags, signs of too much seen or told, thoughts of suicide
        "RED_FLAG",
        "RED_FLAG_CARER",
        "RED_FLAG_ACTION",
        "RED_FLAG_ACTION_CARER",
        "RED_FLAG_AGAIN",
        "SUICIDAL",
        "SUICIDAL_CARE_ASKED",
        "TOO_MUCH_ACTION",
        "SWALLOWED_BY_ANOTHER",
        "BABY_SIGNS",
        "SEDATION_SIGNS",
        "SEDATION_SIGNS_CARER",
        "SEDATION_DIZZY",
        "SEDATION_DIZZY_CARER",
        "SEDATION_FAINT",
        "SEDATION_FAINT_CARER",
        # asked what danger looks like: when it is one
        "OVERDOSE_SIGNS_OPIOID",
        # within an alarm's episode: what is said after it, the crisis line kept open
        "SAFE_AFTER_ALARM",
        "NOT_MEANT_AFTER_ALARM",
        "NORMAL_ASKED_AFTER_ALARM",
        "CARE_ASKED_AFTER_ALARM",
        "CARE_DECLINED_AFTER_ALARM",
        "HOPELESS_SAFE_REPLY",
        "CHECKBACK_BETTER_REPLY",
        "CHECKBACK_SAME_REPLY",
    }
)
