@echo off
rem parley: the command of the distribution that 'mvn package' lays out in target\parley\ (bin\, lib\).
rem   PARLEY_OPTS  JVM options, given after the default -Xmx3g (so an -Xmx here wins), e.g. set PARLEY_OPTS=-Xmx6g
rem   JAVA_HOME    the Java (17 or later) to run; without it, java on the PATH
setlocal

set "PARLEY_HOME=%~dp0.."
if not exist "%PARLEY_HOME%\lib\parley.jar" goto noJar

if not defined JAVA_HOME goto javaOnPath
set "JAVA_CMD=%JAVA_HOME%\bin\java.exe"
if exist "%JAVA_CMD%" goto run
echo parley: error: JAVA_HOME is '%JAVA_HOME%', which has no bin\java.exe; point it at a Java 17 or later, or unset it to use the java on the PATH 1>&2
exit /b 3

:javaOnPath
set "JAVA_CMD=java.exe"
where /q java.exe
if not errorlevel 1 goto run
echo parley: error: no java.exe on the PATH; install Java 17 or later, or set JAVA_HOME 1>&2
exit /b 3

:noJar
echo parley: error: %PARLEY_HOME%\lib\parley.jar not found: bin\parley.bat runs from the distribution folder that 'mvn -B package' lays out (target\parley\); copy the whole folder 1>&2
exit /b 3

:run
"%JAVA_CMD%" -Xmx3g %PARLEY_OPTS% -cp "%PARLEY_HOME%\lib\parley.jar;%PARLEY_HOME%\lib\*" dev.parley.cli.Main %*
exit /b %ERRORLEVEL%
