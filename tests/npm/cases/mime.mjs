// mime@4 (ESM only), including its "lite" export subpath and a custom Mime instance.
import mime from 'mime';
import mimeLite from 'mime/lite';
import { Mime } from 'mime';

console.log(mime.getType('txt'), mime.getType('dir/file.JSON'), mime.getType('.mjs'), mime.getType('x.unknown'), mime.getExtension('text/html; charset=utf-8'));
console.log(mimeLite.getType('photo.webp'), mimeLite.getType('file.xlsx'), [...mime.getAllExtensions('image/jpeg')].sort());
const custom = new Mime({ 'application/x-demo': ['demo', 'dmo'] });
console.log(custom.getType('a.dmo'), custom.getExtension('application/x-demo'));
try { mime.define({ 'text/x-mine': ['txt'] }); } catch (e) { console.log(e.message.split('\n')[0]); }
