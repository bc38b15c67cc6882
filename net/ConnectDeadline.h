// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class QNetworkReply;
class QNetworkRequest;

namespace station {

// A server that went silent (its machine gone from the network, its process stopped) takes
// no connection, or takes it in the kernel and never answers: a request to it would otherwise
// end only at its transfer timeout (30 s), a whole request timeout with the table saying
// "syncing". Every request to a server is watched in two ways, then aborted (finished() with
// OperationCanceledError) with silenceOf() telling which:
//
// - NotHeard: the server was not heard within `connectMs`. Heard: the TLS handshake answered,
//   a byte of the request taken (on a kept connection), or any of the answer.
// - StoppedAnswering: once heard, nothing moved either way (no byte of the request taken, no
//   byte of the answer) for `holdMs + connectMs`, and then a fresh TLS handshake with the same
//   host and port was not answered within `connectMs` either. A server that is only busy (a
//   province storing a batch of 2,000 on its one thread, other hubs' batches queued before
//   it) still answers a handshake between two batches and is waited for again, however long
//   its answer takes (up to the request's own transfer timeout); a stopped process or a
//   machine gone from the network answers none.
//
// `holdMs`: how long the server may hold its answer on purpose (a long poll's wait; 0 for
// every other request). Call right after the request is sent. One way for every request of
// the station, the CLI and the hub, so that all give up on a silent server alike.
//
// A long poll has the choice: with its wait as `holdMs`, the server is not asked during the
// wait (no handshake costs it anything), and one that stops while holding the poll is noticed
// only after the wait plus twice `connectMs`; with `holdMs` 0, the server is asked by a
// handshake after every `connectMs` of the wait, and one that stops is noticed within about
// twice `connectMs` of its last answer, at the price of a handshake per `connectMs` of every
// held poll (why the hub's recall poll at the province does not: server/RecallPuller.cpp).
//
// silentForMs() counts from the last moment the server was heard: a byte moved, or a probe's
// handshake answered.
void limitSilence(QNetworkReply *reply, int connectMs, int holdMs = 0);

enum class Silence { None, NotHeard, StoppedAnswering };
Silence silenceOf(const QNetworkReply *reply);
// How long the server had been silent when the request was given up on (0: it was not).
int silentForMs(const QNetworkReply *reply);

// A connection kept from an earlier request takes the next request's bytes in the kernel,
// however dead the server behind it, and only the transfer timeout would tell. Kept only
// this briefly once idle, the connection serves the batches of one pass, and the first
// request of a later pass connects afresh, where the deadline above can hear the server.
void keepConnectionBriefly(QNetworkRequest *request);

} // namespace station
