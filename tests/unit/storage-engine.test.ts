import { describe, expect, it, vi } from 'vitest';
import { createStorageEngine } from '../../src/progress/storage-engine.ts';
import { MemoryStorage } from '../support/memory-storage.ts';

describe('storage engine', () => {
  it('reads what is stored and writes through', () => {
    const storage = new MemoryStorage();
    storage.setItem('a', '1');
    const engine = createStorageEngine(() => storage);
    expect(engine.get('a')).toBe('1');
    expect(engine.set('b', '2')).toBe(true);
    expect(storage.getItem('b')).toBe('2');
    expect(engine.$health.get()).toBe('working');
  });

  it('keeps a value in memory when the write throws, reports full, and recovers after the next successful write', () => {
    const storage = new MemoryStorage();
    const engine = createStorageEngine(() => storage);
    storage.failWrites = true;
    expect(engine.set('draft', 'typed text')).toBe(false);
    expect(engine.get('draft')).toBe('typed text');
    expect(engine.isSaved('draft')).toBe(false);
    expect(engine.$health.get()).toBe('full');

    storage.failWrites = false;
    expect(engine.set('other', 'x')).toBe(true);
    // The earlier value was retried and reached storage.
    expect(storage.getItem('draft')).toBe('typed text');
    expect(engine.isSaved('draft')).toBe(true);
    expect(engine.$health.get()).toBe('working');
  });

  it('treats any exception from a write as not saved, whatever the browser calls it', () => {
    const storage = new MemoryStorage();
    storage.setItem = () => {
      throw new TypeError('something else entirely');
    };
    const engine = createStorageEngine(() => storage);
    expect(engine.set('k', 'v')).toBe(false);
    expect(engine.$health.get()).toBe('full');
  });

  it('works in memory when the localStorage getter throws', () => {
    const engine = createStorageEngine(() => {
      throw new DOMException('The operation is insecure.', 'SecurityError');
    });
    expect(engine.$health.get()).toBe('blocked');
    expect(engine.set('k', 'v')).toBe(false);
    expect(engine.get('k')).toBe('v');
    expect(engine.keys()).toEqual(['k']);
  });

  it('writes nothing when storage holds data from a newer version', () => {
    const storage = new MemoryStorage();
    storage.setItem('fbe:version', '4');
    storage.setItem('fbe:reflection:x', '{"future":true}');
    const engine = createStorageEngine(() => storage);
    expect(engine.$health.get()).toBe('newer');
    expect(engine.set('fbe:reflection:x', '{"text":"old"}')).toBe(false);
    engine.remove('fbe:reflection:x');
    expect(storage.dump()).toEqual({ 'fbe:version': '4', 'fbe:reflection:x': '{"future":true}' });
  });

  it('counts what it could not write, blocked or newer, as unsaved, so a reload can wait for it', () => {
    const storage = new MemoryStorage();
    const events = new EventTarget();
    const engine = createStorageEngine(() => storage, events);
    engine.set('fbe:reflection:x', '{"text":"saved"}');
    expect(engine.unsavedKeys()).toEqual([]);
    events.dispatchEvent(Object.assign(new Event('storage'), { key: 'fbe:version', newValue: '9', storageArea: storage }));
    engine.set('fbe:reflection:x', '{"text":"typed after the newer version arrived"}');
    expect(engine.unsavedKeys()).toEqual(['fbe:reflection:x']);
    expect(engine.isSaved('fbe:reflection:x')).toBe(false);

    const blocked = createStorageEngine(() => {
      throw new DOMException('The operation is insecure.', 'SecurityError');
    });
    blocked.set('k', 'v');
    expect(blocked.unsavedKeys()).toEqual(['k']);
  });

  it('does not rewrite a value that has not changed', () => {
    const storage = new MemoryStorage();
    const engine = createStorageEngine(() => storage);
    engine.set('k', 'v');
    const spy = vi.spyOn(storage, 'setItem');
    engine.set('k', 'v');
    expect(spy).not.toHaveBeenCalled();
  });

  it('takes in changes from other tabs before telling its subscribers', () => {
    const storage = new MemoryStorage();
    const events = new EventTarget();
    const engine = createStorageEngine(() => storage, events);
    const seen: (string | null | undefined)[] = [];
    engine.subscribe((key) => seen.push(key, key === null ? undefined : engine.get(key)));
    const event = Object.assign(new Event('storage'), { key: 'k', newValue: 'from the other tab', storageArea: storage });
    events.dispatchEvent(event);
    expect(seen).toEqual(['k', 'from the other tab']);
    const newer = Object.assign(new Event('storage'), { key: 'fbe:version', newValue: '9', storageArea: storage });
    events.dispatchEvent(newer);
    expect(engine.$health.get()).toBe('newer');
  });

  it('tells its subscribers of its own writes and removals, and reads everything again after a back/forward restore', () => {
    const storage = new MemoryStorage();
    const events = new EventTarget();
    const engine = createStorageEngine(() => storage, events);
    const seen: (string | null)[] = [];
    const stop = engine.subscribe((key) => seen.push(key));
    engine.set('a', '1');
    engine.remove('a');
    storage.setItem('b', 'changed while the page was in the cache');
    events.dispatchEvent(Object.assign(new Event('pageshow'), { persisted: true }));
    expect(seen).toEqual(['a', 'a', null]);
    expect(engine.get('b')).toBe('changed while the page was in the cache');
    stop();
    engine.set('c', '1');
    expect(seen).toHaveLength(3);
  });
});
