namespace KubeSharp.ApiServer.Metrics;

/// <summary>A mutable cell that Interlocked operations can target inside a dictionary.</summary>
internal sealed class StrongBox<T>
    where T : struct
{
#pragma warning disable CA1051 // a field, so that Interlocked can take it by reference
    public T Value;
#pragma warning restore CA1051
}
