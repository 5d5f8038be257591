import { useEffect, useState } from 'preact/hooks';

/**
 * Fetches a JSON file of the site's own when `wanted` becomes true, once. Exercises keep their bulky text (level
 * descriptions, rationales) in such files so lesson pages stay light.
 */
export function useJson<T>(url: string, wanted: boolean): { data: T | undefined; failed: boolean } {
  const [data, setData] = useState<T | undefined>();
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    if (!wanted || data) return;
    setFailed(false);
    fetch(url)
      .then((response) => (response.ok ? (response.json() as Promise<T>) : Promise.reject(new Error(String(response.status)))))
      .then(setData)
      .catch(() => setFailed(true));
  }, [url, wanted, data]);
  return { data, failed };
}
