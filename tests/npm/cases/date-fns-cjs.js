// date-fns@3 from CommonJS: the "require" condition, including per-function files.
const { format, subWeeks, closestTo, compareAsc } = require('date-fns');
const addMonths = require('date-fns/addMonths');
const { enUS } = require('date-fns/locale/en-US');

const d = new Date(2023, 11, 31, 23, 59);
console.log(format(subWeeks(d, 3), 'yyyy-MM-dd HH:mm'), typeof addMonths, typeof addMonths.addMonths);
console.log(format(addMonths.addMonths(d, 2), 'yyyy-MM-dd'), enUS.code);
const dates = [new Date(2023, 5, 1), new Date(2021, 0, 1), new Date(2024, 0, 1)];
console.log(dates.sort(compareAsc).map((x) => format(x, 'yyyy')), format(closestTo(d, dates), 'yyyy-MM-dd'));
