namespace KubeSharp.Storage.Tests.Linearizability;

/// <summary>
/// One operation of a recorded history: what a client asked and got (<paramref name="Value"/>), between the
/// time it invoked it (<paramref name="Call"/>) and the time the answer came back (<paramref name="Return"/>).
/// Times are any monotonic clock's ticks.
/// </summary>
public sealed record Operation<T>(int Client, T Value, long Call, long Return);
