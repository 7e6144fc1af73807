// date-fns@3 from ESM: named imports from the root and from export subpaths
// (date-fns/locale, date-fns/fp). Dates are local and formatted locally, so
// the output does not depend on the time zone.
import { format, addDays, addMonths, differenceInCalendarDays, formatDistance, parse, isValid, startOfWeek, eachDayOfInterval, formatISO9075, isLeapYear, intervalToDuration } from 'date-fns';
import { de, fr, ja } from 'date-fns/locale';
import { format as fpFormat, addYears as fpAddYears } from 'date-fns/fp';

const d = new Date(2024, 1, 28, 13, 45, 30);
console.log(format(d, "yyyy-MM-dd'T'HH:mm:ss EEEE do MMMM QQQ"), formatISO9075(d));
console.log(format(addDays(d, 2), 'PPPP'), format(addMonths(d, 12), 'P p'));
console.log(format(d, 'PPPP', { locale: de }), '|', format(d, 'PPPP', { locale: fr }), '|', format(d, 'PPPP', { locale: ja }));
console.log(differenceInCalendarDays(new Date(2025, 0, 1), d), isLeapYear(d));
console.log(formatDistance(new Date(2024, 1, 1), d), '|', formatDistance(d, new Date(2024, 1, 28, 13, 46), { addSuffix: true, locale: de }));
const p = parse('03/15/2023 07:05', 'MM/dd/yyyy HH:mm', new Date(2000, 0, 1));
console.log(format(p, 'yyyy-MM-dd HH:mm'), isValid(parse('99/99/2023', 'MM/dd/yyyy', new Date(2000, 0, 1))));
console.log(eachDayOfInterval({ start: startOfWeek(d, { weekStartsOn: 1 }), end: d }).map((x) => format(x, 'EEE d')).join(', '));
console.log(intervalToDuration({ start: new Date(2020, 0, 1), end: d }));
console.log(fpFormat('yyyy/MM/dd')(fpAddYears(1)(d)));
