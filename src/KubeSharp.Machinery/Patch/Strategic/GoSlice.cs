using System.Collections;

namespace KubeSharp.Machinery.Patch.Strategic;

/// <summary>
/// A Go slice over a live list whose capacity equals its length (as upstream's unstructured converter builds
/// them): removing shifts items left inside the same array, and appending writes into the freed tail until the
/// capacity is used up, after which the slice moves to a new array. Writes before that point are visible in
/// the live list, exactly as they are to the other slice headers upstream keeps on the same array.
/// </summary>
internal sealed class GoSlice : IReadOnlyList<object?>
{
    private List<object?> _array;
    private int _length;
    private bool _detached;

    public GoSlice(List<object?> live)
    {
        _array = live;
        _length = live.Count;
    }

    private GoSlice(List<object?> items, bool detached)
    {
        _array = items;
        _length = items.Count;
        _detached = detached;
    }

    public int Count => _length;

    public object? this[int index]
    {
        get => _array[index];
        set => _array[index] = value;
    }

    /// <summary>A slice on its own array (nothing else observes it).</summary>
    public static GoSlice Detached(List<object?> items) => new(items, detached: true);

    /// <summary>Go's <c>s = append(s[:i], s[i+1:]...)</c>: shift left in place; the last slot keeps its old value.</summary>
    public void RemoveAt(int index)
    {
        for (var i = index; i < _length - 1; i++)
        {
            _array[i] = _array[i + 1];
        }

        _length--;
    }

    /// <summary>Go's <c>s = append(s, v)</c>.</summary>
    public void Append(object? value)
    {
        if (!_detached && _length < _array.Count)
        {
            _array[_length++] = value;
            return;
        }

        if (!_detached)
        {
            _array = _array.GetRange(0, _length);
            _detached = true;
        }
        else if (_array.Count > _length)
        {
            _array.RemoveRange(_length, _array.Count - _length);
        }

        _array.Add(value);
        _length++;
    }

    public List<object?> ToList() => _array.GetRange(0, _length);

    public IEnumerator<object?> GetEnumerator()
    {
        for (var i = 0; i < _length; i++)
        {
            yield return _array[i];
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
