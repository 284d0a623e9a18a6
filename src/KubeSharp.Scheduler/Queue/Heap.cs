namespace KubeSharp.Scheduler.Queue;

/// <summary>
/// A binary heap with lookup by key (upstream's internal/heap): O(log n) push, pop, update and delete of
/// any element by key. Not synchronized; the scheduling queue holds its lock.
/// </summary>
internal sealed class Heap<T>
    where T : class
{
    private readonly Func<T, string> _keyFunc;
    private readonly Func<T, T, bool> _less;
    private readonly List<T> _items = [];
    private readonly Dictionary<string, int> _index = new(StringComparer.Ordinal);

    public Heap(Func<T, string> keyFunc, Func<T, T, bool> less)
    {
        _keyFunc = keyFunc;
        _less = less;
    }

    public int Count => _items.Count;

    public IEnumerable<T> Items => _items;

    public bool Contains(string key) => _index.ContainsKey(key);

    public T? Get(string key) => _index.TryGetValue(key, out var i) ? _items[i] : null;

    /// <summary>Inserts the item, or replaces the one with the same key and restores order.</summary>
    public void AddOrUpdate(T item)
    {
        var key = _keyFunc(item);
        if (_index.TryGetValue(key, out var i))
        {
            _items[i] = item;
            Fix(i);
            return;
        }

        _items.Add(item);
        _index[key] = _items.Count - 1;
        Up(_items.Count - 1);
    }

    public T? Peek() => _items.Count == 0 ? null : _items[0];

    public T? Pop()
    {
        if (_items.Count == 0)
        {
            return null;
        }

        var top = _items[0];
        RemoveAt(0);
        return top;
    }

    public bool Delete(string key)
    {
        if (!_index.TryGetValue(key, out var i))
        {
            return false;
        }

        RemoveAt(i);
        return true;
    }

    private void RemoveAt(int i)
    {
        var last = _items.Count - 1;
        _index.Remove(_keyFunc(_items[i]));
        if (i != last)
        {
            _items[i] = _items[last];
            _index[_keyFunc(_items[i])] = i;
        }

        _items.RemoveAt(last);
        if (i < _items.Count)
        {
            Fix(i);
        }
    }

    private void Fix(int i)
    {
        if (!Down(i))
        {
            Up(i);
        }
    }

    private void Up(int j)
    {
        while (j > 0)
        {
            var parent = (j - 1) / 2;
            if (!_less(_items[j], _items[parent]))
            {
                break;
            }

            Swap(parent, j);
            j = parent;
        }
    }

    private bool Down(int start)
    {
        var i = start;
        var n = _items.Count;
        while (true)
        {
            var left = (2 * i) + 1;
            if (left >= n)
            {
                break;
            }

            var smallest = left;
            var right = left + 1;
            if (right < n && _less(_items[right], _items[left]))
            {
                smallest = right;
            }

            if (!_less(_items[smallest], _items[i]))
            {
                break;
            }

            Swap(i, smallest);
            i = smallest;
        }

        return i > start;
    }

    private void Swap(int a, int b)
    {
        (_items[a], _items[b]) = (_items[b], _items[a]);
        _index[_keyFunc(_items[a])] = a;
        _index[_keyFunc(_items[b])] = b;
    }
}
