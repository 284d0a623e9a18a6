namespace KubeSharp.Client.Informers;

/// <summary>
/// One change to one object: its type and the object after it, or for a deletion the last known object,
/// possibly a <see cref="DeletedFinalStateUnknown{T}"/> (upstream's <c>cache.Delta</c>).
/// </summary>
public readonly record struct Delta(DeltaType Type, object Object);
