// moment@2: UTC parsing/formatting, locales loaded by deep require, durations.
const moment = require('moment');
require('moment/locale/fr');
require('moment/locale/ja');

console.log('global locale after loading locale files:', moment.locale());
moment.locale('en');

const m = moment.utc('2024-02-29T13:45:30.250Z');
console.log(m.format(), m.format('dddd, MMMM Do YYYY, h:mm:ss a'), m.unix(), m.dayOfYear(), m.isoWeek());
console.log(m.clone().add(1, 'year').format('YYYY-MM-DD'), m.clone().endOf('quarter').toISOString(), m.clone().startOf('isoWeek').format('ddd D'));
console.log(m.clone().locale('fr').format('LLLL'), '|', m.clone().locale('ja').format('LLLL'));
console.log(m.from(moment.utc('2024-03-05')), m.to(moment.utc('2020-01-01')), moment.utc('2024-03-05').diff(m, 'hours', true));
console.log(moment.utc('31/12/2023 23:00', 'DD/MM/YYYY HH:mm', true).isValid(), moment.utc('2023-02-30', 'YYYY-MM-DD', true).isValid());
console.log(moment.duration(93784, 'seconds').humanize(), moment.duration('P1Y2M3DT4H').asDays(), moment.duration(-90, 'minutes').toISOString());
console.log(moment.locale(), moment.locales().sort().join(','), moment.version);
console.log(moment.utc([2020, 0, 31]).add(1, 'M').format('L'), moment.utc(0).calendar(moment.utc(86400000)), moment.isMoment(m));
