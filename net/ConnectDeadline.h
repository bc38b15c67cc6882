// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class QNetworkReply;
class QNetworkRequest;

namespace station {

// A server that went silent (its machine gone from the network, its process stopped) takes
// no connection, or takes it in the kernel and never answers the TLS handshake: a request to
// it would otherwise end only at its transfer timeout (30 s), a whole request timeout with
// the table saying "syncing". A request whose server has not been heard within `timeoutMs`
// is aborted: finished() with OperationCanceledError, and connectDeadlineMissed() is true.
// Heard: the TLS handshake answered, a byte of the request taken (on a kept connection), or
// any of the answer. From then on only the request's own transfer timeout counts, so a large
// batch that a loaded server takes long to answer is never cut here. Call right after the
// request is sent.
void limitConnectTime(QNetworkReply *reply, int timeoutMs);
bool connectDeadlineMissed(const QNetworkReply *reply);

// A connection kept from an earlier request takes the next request's bytes in the kernel,
// however dead the server behind it, and only the transfer timeout would tell. Kept only
// this briefly once idle, the connection serves the batches of one pass, and the first
// request of a later pass connects afresh, where the deadline above can hear the server.
void keepConnectionBriefly(QNetworkRequest *request);

} // namespace station
