using System.Collections;

namespace KubeSharp.Testing.Cluster;

/// <summary>Rows of one string each, for xunit's <c>[MemberData]</c> (kubectl versions and the like).</summary>
public sealed class TheoryDataRows(IEnumerable<string> values) : IEnumerable<object[]>
{
    public IEnumerator<object[]> GetEnumerator() => values.Select(v => new object[] { v }).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
