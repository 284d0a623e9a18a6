namespace KubeSharp.Controllers;

/// <summary>
/// How many creations and deletions one controller still expects to observe through its informers (upstream's
/// <c>ControlleeExpectations</c>), and when the expectation was set, so a lost watch event cannot block the
/// controller for longer than <see cref="ControllerExpectations.ExpectationsTimeout"/>.
/// </summary>
public sealed class ControlleeExpectations
{
    private long _add;
    private long _del;

    internal ControlleeExpectations(string key, long add, long del, DateTimeOffset timestamp)
    {
        Key = key;
        _add = add;
        _del = del;
        Timestamp = timestamp;
    }

    public string Key { get; }

    public DateTimeOffset Timestamp { get; }

    public long Add => Interlocked.Read(ref _add);

    public long Del => Interlocked.Read(ref _del);

    /// <summary>True once every expected creation and deletion has been observed.</summary>
    public bool Fulfilled() => Add <= 0 && Del <= 0;

    internal void Lower(long add, long del)
    {
        Interlocked.Add(ref _add, -add);
        Interlocked.Add(ref _del, -del);
    }
}
