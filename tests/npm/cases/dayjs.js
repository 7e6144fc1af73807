// dayjs with plugins loaded from per-file requires (dayjs/plugin/*), fixed dates in UTC.
const dayjs = require('dayjs');
const utc = require('dayjs/plugin/utc');
const relativeTime = require('dayjs/plugin/relativeTime');
const customParseFormat = require('dayjs/plugin/customParseFormat');
const duration = require('dayjs/plugin/duration');
const isoWeek = require('dayjs/plugin/isoWeek');
require('dayjs/locale/de');

dayjs.extend(utc);
dayjs.extend(relativeTime);
dayjs.extend(customParseFormat);
dayjs.extend(duration);
dayjs.extend(isoWeek);

const d = dayjs.utc('2024-02-29T23:59:58.123Z');
console.log(d.format(), d.format('dddd, MMMM D YYYY [at] HH:mm:ss.SSS'), d.valueOf(), d.isoWeek(), d.day());
console.log(d.add(2, 'second').toISOString(), d.subtract(1, 'year').format('YYYY-MM-DD'), d.startOf('month').format(), d.endOf('week').format());
console.log(d.from(dayjs.utc('2024-03-10')), d.to(dayjs.utc('2025-06-01')), dayjs.utc('2024-01-01').locale('de').format('dddd D. MMMM'));
console.log(dayjs.utc('05/03/2021 14:07', 'DD/MM/YYYY HH:mm').format(), dayjs('99/99/2021', 'DD/MM/YYYY', true).isValid());
console.log(dayjs.duration(3725, 'seconds').format('HH:mm:ss'), dayjs.duration({ months: 14, days: 3 }).toISOString(), dayjs.duration(3, 'hours').humanize());
console.log(d.diff(dayjs.utc('2023-01-01'), 'month'), d.diff('2024-03-01T00:00:00Z', 'second'), dayjs.utc('2024-01-31').add(1, 'month').format('YYYY-MM-DD'));
console.log(dayjs.isDayjs(d), dayjs.utc(0).format(), dayjs.locale());
