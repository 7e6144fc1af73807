// bignumber.js and decimal.js: arbitrary-precision arithmetic.
const BigNumber = require('bignumber.js');
const Decimal = require('decimal.js');

console.log(0.1 + 0.2, new BigNumber(0.1).plus(0.2).toString(), new Decimal('0.1').plus('0.2').toString());
const big = new BigNumber('123456789012345678901234567890');
console.log(big.times(big).toFixed(), big.div(7).toFixed(20), big.sqrt().toFixed(10));
console.log(new BigNumber(255).toString(16), new BigNumber('ff', 16).toNumber(), new BigNumber(1).div(3).toFormat(8));
const BN = BigNumber.clone({ DECIMAL_PLACES: 5, ROUNDING_MODE: BigNumber.ROUND_HALF_EVEN });
console.log(new BN(2).div(3).toString(), new BN('2.5').integerValue().toString(), new BN('3.5').integerValue().toString());
console.log(new BigNumber(NaN).isNaN(), new BigNumber(-0).isNegative(), BigNumber.max(1, '5', new BigNumber(3)).toString());
Decimal.set({ precision: 50 });
console.log(Decimal.acos(-1).toString(), new Decimal(2).sqrt().toString());
console.log(new Decimal(10).pow(-30).toString(), new Decimal('1e+100').toFixed().length, Decimal.exp(1).toSignificantDigits(20).toString());
console.log(new Decimal('12.3456').toDecimalPlaces(2, Decimal.ROUND_DOWN).toString(), new Decimal(1).dividedBy(7).toFraction(1000).map(String));
console.log(new Decimal('0x1f').toString(), new Decimal(255).toHexadecimal(), new Decimal(-7).mod(3).toString());
