namespace KubeSharp.Api.Core.V1;

/// <summary>Signals a container can be stopped with (upstream's Signal type for lifecycle.stopSignal).</summary>
public static class Signal
{
    public const string SIGABRT = "SIGABRT";
    public const string SIGALRM = "SIGALRM";
    public const string SIGBUS = "SIGBUS";
    public const string SIGCHLD = "SIGCHLD";
    public const string SIGCLD = "SIGCLD";
    public const string SIGCONT = "SIGCONT";
    public const string SIGFPE = "SIGFPE";
    public const string SIGHUP = "SIGHUP";
    public const string SIGILL = "SIGILL";
    public const string SIGINT = "SIGINT";
    public const string SIGIO = "SIGIO";
    public const string SIGIOT = "SIGIOT";
    public const string SIGKILL = "SIGKILL";
    public const string SIGPIPE = "SIGPIPE";
    public const string SIGPOLL = "SIGPOLL";
    public const string SIGPROF = "SIGPROF";
    public const string SIGPWR = "SIGPWR";
    public const string SIGQUIT = "SIGQUIT";
    public const string SIGSEGV = "SIGSEGV";
    public const string SIGSTKFLT = "SIGSTKFLT";
    public const string SIGSTOP = "SIGSTOP";
    public const string SIGSYS = "SIGSYS";
    public const string SIGTERM = "SIGTERM";
    public const string SIGTRAP = "SIGTRAP";
    public const string SIGTSTP = "SIGTSTP";
    public const string SIGTTIN = "SIGTTIN";
    public const string SIGTTOU = "SIGTTOU";
    public const string SIGURG = "SIGURG";
    public const string SIGUSR1 = "SIGUSR1";
    public const string SIGUSR2 = "SIGUSR2";
    public const string SIGVTALRM = "SIGVTALRM";
    public const string SIGWINCH = "SIGWINCH";
    public const string SIGXCPU = "SIGXCPU";
    public const string SIGXFSZ = "SIGXFSZ";
    public const string SIGRTMIN = "SIGRTMIN";
    public const string SIGRTMAX = "SIGRTMAX";
}
