using System.Runtime.CompilerServices;
using KubeSharp.Storage.Internal;

namespace KubeSharp.Storage.Etcd;

public sealed partial class EtcdStorage
{
    public async IAsyncEnumerable<WatchResponse> WatchAsync(WatchOptions options, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        StorageValidation.Watch(options);
        ThrowIfDisposed();
        await using var watch = new EtcdWatch(this, CurrentChannel, options, options.StartRevision, _options.WatchLogCapacity, _timeProvider, _options.ProgressNotifyInterval);
        lock (_watchesLock)
        {
            _watches.Add(watch);
        }

        try
        {
            await watch.OpenAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (Exception error) when (IsUnreachable(error, cancellationToken))
        {
            throw new StorageUnavailableException($"etcd is unreachable: {error.Message}", error);
        }

        while (true)
        {
            yield return await watch.NextAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    public Task RequestProgressAsync(CancellationToken cancellationToken = default)
    {
        ThrowIfDisposed();
        lock (_watchesLock)
        {
            foreach (var watch in _watches)
            {
                watch.RequestProgress();
            }
        }

        return Task.CompletedTask;
    }

    internal void Forget(EtcdWatch watch)
    {
        lock (_watchesLock)
        {
            _watches.Remove(watch);
        }
    }

    /// <summary>
    /// kube-apiserver's compactor: at every tick, sample the newest revision this server has seen, and compact to
    /// the sample one retention period old (keeping the minimum number of revisions). Sampling is synchronous so
    /// the samples are the revisions of the tick's moment; the compaction itself runs in the background. With
    /// several servers each compacts; etcd rejects a compaction to or below its compact revision, ignored here.
    /// </summary>
    private void CompactAutomatically()
    {
        if (Volatile.Read(ref _disposed) != 0)
        {
            return;
        }

        long target;
        lock (_compactionPolicy)
        {
            target = _compactionPolicy.Next(Volatile.Read(ref _seenRevision), Volatile.Read(ref _compactedTo));
        }

        if (target > 0)
        {
            _ = CompactInBackgroundAsync(target);
        }
    }

    private async Task CompactInBackgroundAsync(long target)
    {
        try
        {
            await CompactAsync(target, _closing.Token).ConfigureAwait(false);
            LogCompacted(_logger, target);
        }
        catch (CompactedException)
        {
            // Another server compacted at least this far.
        }
        catch (Exception error) when (error is StorageException or OperationCanceledException or ObjectDisposedException)
        {
            if (Volatile.Read(ref _disposed) == 0)
            {
                LogCompactionFailed(_logger, error);
            }

            return;
        }

        RaiseTo(ref _compactedTo, target);
    }
}
