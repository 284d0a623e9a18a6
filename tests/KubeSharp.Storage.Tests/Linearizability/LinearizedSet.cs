namespace KubeSharp.Storage.Tests.Linearizability;

/// <summary>Which operations are linearized so far: a bit set compared and hashed by value, for the search cache.</summary>
internal sealed class LinearizedSet : IEquatable<LinearizedSet>
{
    private readonly ulong[] _bits;

    public LinearizedSet(int count)
    {
        _bits = new ulong[(count + 63) / 64];
    }

    private LinearizedSet(ulong[] bits)
    {
        _bits = bits;
    }

    public void Set(int index) => _bits[index >> 6] |= 1UL << (index & 63);

    public void Clear(int index) => _bits[index >> 6] &= ~(1UL << (index & 63));

    public LinearizedSet Clone() => new((ulong[])_bits.Clone());

    public bool Equals(LinearizedSet? other) => other is not null && _bits.AsSpan().SequenceEqual(other._bits);

    public override bool Equals(object? obj) => Equals(obj as LinearizedSet);

    public override int GetHashCode()
    {
        var hash = new HashCode();
        foreach (var word in _bits)
        {
            hash.Add(word);
        }

        return hash.ToHashCode();
    }
}
