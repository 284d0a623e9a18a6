namespace KubeSharp.Runtime.Internal.Native;

/// <summary>
/// A child started by <see cref="ProcessSpawner"/>. .NET only reaps children it started itself, so this type
/// reaps its own with a blocking <c>waitpid</c> on a dedicated thread.
/// </summary>
internal sealed class ChildProcess
{
    private readonly Lazy<Task<int>> _exit;

    public ChildProcess(int pid, string fileName)
    {
        Pid = pid;
        FileName = fileName;
        _exit = new Lazy<Task<int>>(() => Task.Factory.StartNew(
            Reap, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default));
    }

    public int Pid { get; }

    public string FileName { get; }

    /// <summary>Completes with the exit code (128 + signal when killed) once the child has been reaped.</summary>
    public Task<int> Exited => _exit.Value;

    public async Task<int> WaitForExitAsync(CancellationToken cancellationToken = default) =>
        await Exited.WaitAsync(cancellationToken).ConfigureAwait(false);

    /// <summary>Sends a signal; false when the process is already gone.</summary>
    public bool Signal(int signal) => LibC.kill(Pid, signal) == 0;

    private int Reap()
    {
        while (true)
        {
            var result = LibC.waitpid(Pid, out var status, 0);
            if (result == Pid)
            {
                return LibC.DecodeWaitStatus(status);
            }

            var errno = System.Runtime.InteropServices.Marshal.GetLastPInvokeError();
            if (result < 0 && errno == LibC.EINTR)
            {
                continue;
            }

            // ECHILD: someone else reaped it (a SIGCHLD-ignoring parent); the status is lost.
            return -1;
        }
    }
}
