// rxjs@7 from ESM (dual package with many export subpaths), virtual time via TestScheduler.
import { of, from, interval, combineLatest, firstValueFrom, lastValueFrom, Subject, BehaviorSubject, defer, throwError } from 'rxjs';
import { map, filter, scan, take, mergeMap, toArray, catchError, debounceTime, distinctUntilChanged, reduce } from 'rxjs/operators';
import { TestScheduler } from 'rxjs/testing';

const out = [];
of(1, 2, 3, 4, 5).pipe(filter((n) => n % 2), map((n) => n * 10), scan((a, n) => a + n, 0)).subscribe({ next: (v) => out.push(v), complete: () => out.push('done') });
console.log(out);
console.log(await lastValueFrom(from([1, 2, 3]).pipe(mergeMap((n) => of(n, n * 100)), toArray())));
console.log(await firstValueFrom(interval(5).pipe(take(3), reduce((a, b) => a + b, 0))));
const subj = new BehaviorSubject('init');
const seen = [];
const sub = combineLatest([subj, of('x')]).subscribe((v) => seen.push(v.join('+')));
subj.next('a'); subj.next('b'); sub.unsubscribe(); subj.next('ignored');
console.log(seen, subj.getValue());
console.log(await lastValueFrom(defer(() => throwError(() => new Error('boom'))).pipe(catchError((e) => of(`caught ${e.message}`)))));
const scheduler = new TestScheduler((actual, expected) => {
  console.log('marble equal', JSON.stringify(actual) === JSON.stringify(expected), actual.map((n) => `${n.frame}:${n.notification.kind}${n.notification.value ?? ''}`).join(' '));
});
scheduler.run(({ cold, expectObservable }) => {
  const src = cold('a-a-b--b-c|');
  expectObservable(src.pipe(distinctUntilChanged(), debounceTime(2, scheduler))).toBe('--a---b---(c|)');
});
const s2 = new Subject();
s2.pipe(map((x) => x.toUpperCase())).subscribe((x) => console.log('subject', x));
s2.next('hi'); s2.complete();
